// `pressdesk tag FILE... --json`: the suggestions the editor makes, for any text file, in the shape
// the issue fixes. The registry is the shipped one, plus the officers' entries when a database is
// named (--db, or PRESSDESK_DB).
import { existsSync, readFileSync } from 'node:fs';
import { decodeText } from '../core/import/decode';
import { guessLanguage } from '../core/import/guess-language';
import { SHIPPED_REGISTRY } from '../core/registry/shipped';
import type { RegistryEntry } from '../core/registry/types';
import { tagText, type TagDelegation, type TagEntity } from '../core/tagging/tag-text';
import { asRegistryEntry } from '../core/registry/registry-entry';
import { openAppDatabase } from './app-db';
import { createDispatcher } from './handlers';
import { UsageError } from './usage-error';

interface TaggedFile {
  file: string;
  entities: TagEntity[];
  delegations: TagDelegation[];
}

/** The library's registry as the app's getRegistry call answers it. */
async function registryFor(dbPath: string | null): Promise<RegistryEntry[]> {
  if (!dbPath || !existsSync(dbPath)) return [...SHIPPED_REGISTRY];
  const db = openAppDatabase(dbPath);
  try {
    const answer = await createDispatcher(db, { mode: 'browser', dbPath })('getRegistry', {});
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value.map(asRegistryEntry);
  } finally {
    db.close();
  }
}

export async function tagCommand(files: string[], flags: { json?: boolean; dbPath: string | null }): Promise<number> {
  if (files.length === 0) throw new UsageError('tag needs at least one FILE');
  const registry = await registryFor(flags.dbPath);
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = fileText(readFileSync(file));
    } catch (error) {
      failed++;
      console.error(`pressdesk: ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
      continue;
    }
    // The file says nothing of its language: its letters do (Cyrillic, ə ı ğ ş, or neither).
    const { entities, delegations } = tagText(text, registry, { language: guessLanguage(text) });
    // The documented shape: the app's extras (registry key, guess flag, source sentence) stay out.
    const result: TaggedFile = {
      file,
      entities: entities.map(({ kind, az, en, ru, mentions }) => ({ kind, az, en, ru, mentions })),
      delegations: delegations.map(({ party, head, role, direction }) => ({ party, head, role, direction })),
    };
    // One JSON object per file and line, so a single file's output is exactly that object.
    if (flags.json) console.log(JSON.stringify(result));
    else printText(result);
  }
  return failed ? 1 : 0;
}

/**
 * The file's text as a program reading it would see it, so offsets line up with that text after
 * NFC: UTF-8 is taken byte for byte (line ends and a BOM stay); only other encodings are decoded.
 */
function fileText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return decodeText(bytes).text;
  }
}

function printText({ file, entities, delegations }: TaggedFile): void {
  console.log(file);
  for (const entity of entities) {
    const names = [entity.az, entity.en, entity.ru].filter(Boolean).join(' / ');
    console.log(`  ${entity.kind.padEnd(12)} ${names}  ×${entity.mentions.length}`);
  }
  for (const d of delegations) {
    console.log(`  delegation   ${d.party} (${d.direction})${d.head ? `, led by ${d.head}${d.role ? `, ${d.role}` : ''}` : ''}`);
  }
}
