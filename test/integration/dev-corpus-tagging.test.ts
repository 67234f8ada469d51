// Scores the tagger on the development corpus (test/fixtures/dev-corpus) against its hand
// annotations, the dev part (releases/) and the held-out part (heldout/) separately. A delegation is
// right when one found has its party, head and direction; a delegation found that the annotation
// does not list counts against the ratio. The held-out part prints its numbers only: its texts and
// misses are not for reading by whoever writes the rules.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHIPPED_REGISTRY } from '../../core/registry/shipped';
import type { EntityKind } from '../../core/registry/types';
import { tagText, type TagResult } from '../../core/tagging/tag-text';

const CORPUS = fileURLToPath(new URL('../fixtures/dev-corpus', import.meta.url));
const ANNOTATIONS = join(CORPUS, 'annotations.json');
const present = existsSync(ANNOTATIONS);

interface Named {
  az: string;
  en: string;
  optional?: boolean;
}
interface Annotation {
  split: 'dev' | 'heldout';
  countries?: Named[];
  organizations?: Named[];
  persons?: Named[];
  delegations: { party: string; head: string | null; direction: string }[];
}

const GROUPS: ['countries' | 'organizations' | 'persons', EntityKind][] = [
  ['countries', 'country'],
  ['organizations', 'organization'],
  ['persons', 'person'],
];

const fold = (s: string | null) => (s ?? '').normalize('NFC').toLocaleLowerCase('en');

const sameEn = (entity: { en: string | null }, gold: Named) => entity.en !== null && fold(entity.en) === fold(gold.en);
const sameAz = (entity: { az: string | null }, gold: Named) => entity.az !== null && fold(entity.az) === fold(gold.az);

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  right: number;
  /** Party and direction right, whatever the head's spelling: printed beside the gate, not gated. */
  sided: number;
  delegations: number;
  notes: string[];
}

function score(result: TagResult, gold: Annotation, tally: Tally, file: string): void {
  for (const [group, kind] of GROUPS) {
    const names = gold[group] ?? [];
    const matched = new Set<Named>();
    for (const entity of result.entities.filter((e) => e.kind === kind)) {
      // Two bodies of one name (Azerbaijan's and Georgia's State Security Service) are told apart by
      // their English names: an English match first, then an Azerbaijani one not taken yet.
      const hit = names.find((g) => sameEn(entity, g)) ?? names.find((g) => sameAz(entity, g) && !matched.has(g)) ?? names.find((g) => sameAz(entity, g));
      if (!hit) {
        tally.fp++;
        tally.notes.push(`${file} extra ${kind}: ${entity.az} / ${entity.en}`);
      } else if (!hit.optional && !matched.has(hit)) {
        matched.add(hit);
        tally.tp++;
      }
    }
    for (const g of names) {
      if (g.optional || matched.has(g)) continue;
      tally.fn++;
      tally.notes.push(`${file} missed ${kind}: ${g.az} / ${g.en}`);
    }
  }
  for (const d of gold.delegations) if (result.delegations.some((f) => fold(f.party) === fold(d.party) && f.direction === d.direction)) tally.sided++;
  const found = result.delegations.map((d) => ({ ...d, used: false }));
  for (const d of gold.delegations) {
    tally.delegations++;
    const hit = found.find((f) => !f.used && fold(f.party) === fold(d.party) && fold(f.head) === fold(d.head) && f.direction === d.direction);
    if (hit) {
      hit.used = true;
      tally.right++;
    } else tally.notes.push(`${file} delegation missed: ${d.party}, ${d.head}, ${d.direction}`);
  }
  for (const f of found.filter((f) => !f.used)) {
    tally.delegations++;
    tally.notes.push(`${file} delegation wrong or extra: ${f.party}, ${f.head}, ${f.direction}`);
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function measure(split: 'dev' | 'heldout', folder: string) {
  const releases: Record<string, Annotation> = JSON.parse(readFileSync(ANNOTATIONS, 'utf8')).releases;
  const tally: Tally = { tp: 0, fp: 0, fn: 0, right: 0, sided: 0, delegations: 0, notes: [] };
  let count = 0;
  for (const [file, gold] of Object.entries(releases)) {
    const path = join(CORPUS, folder, file);
    if (gold.split !== split || !existsSync(path)) continue;
    count++;
    score(tagText(readFileSync(path, 'utf8'), SHIPPED_REGISTRY), gold, tally, file);
  }
  return {
    count,
    delegations: ratio(tally.right, tally.delegations),
    precision: ratio(tally.tp, tally.tp + tally.fp),
    recall: ratio(tally.tp, tally.tp + tally.fn),
    tally,
  };
}

function report(name: string, m: ReturnType<typeof measure>): string {
  return (
    `${name}: ${m.count} releases; delegations right ${m.tally.right} of ${m.tally.delegations} = ${m.delegations.toFixed(3)} ` +
    `(party and direction alone: ${m.tally.sided} of the annotated delegations found); ` +
    `entities (countries, organisations, people) precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)}`
  );
}

// The gates are delegations 0.90 and entities 0.95 on both parts; the dev part's entities meet
// theirs, delegations and the held-out part do not yet. These floors (the measured scores, rounded
// down) catch a regression, and the printed lines give the real numbers.
const FLOORS = {
  dev: { delegations: 0.67, precision: 0.97, recall: 0.96 },
  heldout: { delegations: 0.32, precision: 0.87, recall: 0.86 },
};

describe.skipIf(!present)('tagging the development corpus', () => {
  it('scores the dev part: delegations, entities precision and recall, not below the last landing', () => {
    const dev = measure('dev', 'releases');
    for (const note of dev.tally.notes) console.log(note);
    console.log(report('DEV', dev));
    expect(dev.count).toBeGreaterThan(0);
    expect(dev.delegations).toBeGreaterThanOrEqual(FLOORS.dev.delegations);
    expect(dev.precision).toBeGreaterThanOrEqual(FLOORS.dev.precision);
    expect(dev.recall).toBeGreaterThanOrEqual(FLOORS.dev.recall);
  });

  it('scores the held-out part the same way, printing only the numbers', () => {
    const heldout = measure('heldout', 'heldout');
    console.log(report('HELD-OUT', heldout));
    expect(heldout.count).toBeGreaterThan(0);
    expect(heldout.delegations).toBeGreaterThanOrEqual(FLOORS.heldout.delegations);
    expect(heldout.precision).toBeGreaterThanOrEqual(FLOORS.heldout.precision);
    expect(heldout.recall).toBeGreaterThanOrEqual(FLOORS.heldout.recall);
  });
});
