import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TIME_ZONE, type Entity, type ExportedFile, type ExportFormat, type Release } from '../core/api';
import { embargoInForce } from '../core/workflow';
import type { ExportEntity, ExportInput } from '../core/export/input';
import { exportDocx } from '../core/export/docx';
import { exportFileName, uniqueFileName } from '../core/export/file-name';
import { exportHtml } from '../core/export/html';
import type { ExportSettings } from '../core/export/settings';
import type { PrintPdf } from './pdf';
import pkg from '../package.json';

/** Where exports go when the settings name no folder: Documents/Pressdesk, as an officer would look for them. */
export function defaultExportDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PRESSDESK_EXPORT_DIR || join(homedir(), 'Documents', 'Pressdesk');
}

/**
 * Tags as publications carry them: every tag as a keyword in the release's language; the
 * delegations' parties and the organisations and countries as what the release is about, the
 * people and places as what it mentions. An embargo still in force at `now` puts its notice on top.
 */
export function exportInput(release: Release, settings: ExportSettings, tags: Entity[], now = Date.now()): ExportInput {
  const named = (entity: Entity): ExportEntity => ({ name: entity.names[release.language] ?? entity.names.az, kind: entity.kind });
  const about = tags.filter((tag) => tag.kind === 'country' || tag.kind === 'organization' || tag.kind === 'event').map(named);
  const mentions = tags.filter((tag) => tag.kind === 'person' || tag.kind === 'place').map(named);
  return {
    release,
    settings,
    keywords: [...about, ...mentions].map((entity) => entity.name),
    about,
    mentions,
    generator: `Pressdesk ${pkg.version}`,
    ...(embargoInForce(release.embargoUntil, now) && {
      embargo: { until: release.embargoUntil!, timeZone: release.embargoZone ?? DEFAULT_TIME_ZONE },
    }),
  };
}

export async function renderExport(input: ExportInput, format: ExportFormat, printPdf: PrintPdf): Promise<Uint8Array> {
  if (format === 'docx') return exportDocx(input);
  const html = exportHtml(input);
  return format === 'pdf' ? printPdf(html) : new TextEncoder().encode(html);
}

/**
 * Writes under a name no file in the folder has yet: an earlier export may have been edited in
 * Word since, and overwriting it would lose that work.
 */
export async function writeUniqueFile(folder: string, wanted: string, bytes: Uint8Array): Promise<ExportedFile> {
  await mkdir(folder, { recursive: true });
  const taken = new Set((await readdir(folder)).map((name) => name.toLowerCase()));
  for (;;) {
    const fileName = uniqueFileName(wanted, taken);
    const path = join(folder, fileName);
    try {
      await writeFile(path, bytes, { flag: 'wx' });
      return { path, fileName, bytes: bytes.byteLength };
    } catch (error) {
      // Another export took the name between the listing and the write: try the next one.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      taken.add(fileName.toLowerCase());
    }
  }
}

export function writeExport(folder: string, release: Release, format: ExportFormat, bytes: Uint8Array): Promise<ExportedFile> {
  return writeUniqueFile(folder, exportFileName(release, format), bytes);
}
