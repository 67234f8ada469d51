// Scores the tagger's suggestions on the five sample releases against the hand annotations in
// ../shared/corpus. Countries, organisations and people are the gate (recall ≥ 0.95, precision
// ≥ 0.90 together); places and events are printed beside them. Every annotated delegation must be
// found with its party and direction.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHIPPED_REGISTRY } from '../../core/registry/shipped';
import type { EntityKind } from '../../core/registry/types';
import { tagText, type TagResult } from '../../core/tagging/tag-text';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const ANNOTATIONS = join(CORPUS, 'seeds-annotations.json');
const present = existsSync(ANNOTATIONS);
if (!present) console.warn(`Seed tagging score skipped: ${ANNOTATIONS} is not there (the shared corpus sits beside the repository).`);

interface Named {
  az: string;
  en: string;
  optional?: boolean;
}
interface Release {
  countries: Named[];
  organizations: Named[];
  persons: Named[];
  places: Named[];
  events: Named[];
  delegations: { party: string; head: string | null; direction: string }[];
}

const GROUPS: [keyof Release, EntityKind][] = [
  ['countries', 'country'],
  ['organizations', 'organization'],
  ['persons', 'person'],
  ['places', 'place'],
  ['events', 'event'],
];
const GATED = new Set<EntityKind>(['country', 'organization', 'person']);

interface Score {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  extras: string[];
}

function sameName(entity: { az: string | null; en: string | null }, gold: Named): boolean {
  return (
    (entity.en !== null && entity.en.toLowerCase() === gold.en.toLowerCase()) || (entity.az !== null && entity.az.normalize('NFC') === gold.az.normalize('NFC'))
  );
}

function score(result: TagResult, release: Release, kinds: (kind: EntityKind) => boolean): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, misses: [], extras: [] };
  for (const [group, kind] of GROUPS) {
    if (!kinds(kind)) continue;
    const gold = (release[group] as Named[]) ?? [];
    const predicted = result.entities.filter((e) => e.kind === kind);
    const matched = new Set<Named>();
    for (const entity of predicted) {
      const hit = gold.find((g) => sameName(entity, g));
      if (!hit) {
        s.fp++;
        s.extras.push(`${kind}:${entity.az}`);
      } else if (!hit.optional && !matched.has(hit)) {
        matched.add(hit);
        s.tp++;
      }
    }
    for (const g of gold) {
      if (!g.optional && !matched.has(g)) {
        s.fn++;
        s.misses.push(`${kind}:${g.az}`);
      }
    }
  }
  return s;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

describe.skipIf(!present)('tagging the seed releases', () => {
  const releases: Record<string, Release> = present ? JSON.parse(readFileSync(ANNOTATIONS, 'utf8')).releases : {};
  const results = new Map<string, TagResult>();
  for (const file of Object.keys(releases)) {
    results.set(file, tagText(readFileSync(join(CORPUS, 'seeds', file), 'utf8'), SHIPPED_REGISTRY));
  }

  it('finds countries, organisations and people with recall ≥ 0.95 and precision ≥ 0.90', () => {
    const rows: Record<string, Record<string, number | string>> = {};
    const total = { tp: 0, fp: 0, fn: 0 };
    const other = { tp: 0, fp: 0, fn: 0 };
    for (const [file, release] of Object.entries(releases)) {
      const gated = score(results.get(file)!, release, (k) => GATED.has(k));
      const rest = score(results.get(file)!, release, (k) => !GATED.has(k));
      for (const key of ['tp', 'fp', 'fn'] as const) {
        total[key] += gated[key];
        other[key] += rest[key];
      }
      rows[file] = {
        TP: gated.tp,
        FP: gated.fp,
        FN: gated.fn,
        'places+events TP/FP/FN': `${rest.tp}/${rest.fp}/${rest.fn}`,
        missed: gated.misses.join(', '),
        extra: gated.extras.join(', '),
      };
    }
    const recall = ratio(total.tp, total.tp + total.fn);
    const precision = ratio(total.tp, total.tp + total.fp);
    rows.total = { TP: total.tp, FP: total.fp, FN: total.fn, 'places+events TP/FP/FN': `${other.tp}/${other.fp}/${other.fn}`, missed: '', extra: '' };
    console.table(rows);
    console.log(
      `Countries + organisations + people: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}; ` +
        `places + events (not gated): recall ${ratio(other.tp, other.tp + other.fn).toFixed(3)}, precision ${ratio(other.tp, other.tp + other.fp).toFixed(3)}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('finds every annotated delegation with its party and direction', () => {
    const missing: string[] = [];
    let count = 0;
    for (const [file, release] of Object.entries(releases)) {
      const found = results.get(file)!.delegations;
      for (const d of release.delegations) {
        count++;
        const ok = found.some((f) => f.party.toLowerCase() === d.party.toLowerCase() && f.direction === d.direction);
        if (!ok) missing.push(`${file}: ${d.party} ${d.direction}`);
      }
      console.log(`${file}: ${found.map((f) => `${f.party} (${f.direction}${f.head ? `, ${f.head}` : ''})`).join('; ') || 'none'}`);
    }
    console.log(`Delegations found: ${count - missing.length} of ${count}`);
    expect(missing).toEqual([]);
  });

  it('gives mention offsets into the NFC text of each file', () => {
    for (const [file, result] of results) {
      const nfc = readFileSync(join(CORPUS, 'seeds', file), 'utf8').normalize('NFC');
      for (const entity of result.entities) for (const m of entity.mentions) expect(nfc.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
