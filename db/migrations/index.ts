import type { Migration } from './migration';
import { releasesAndRevisions } from './0001-releases-and-revisions';
import { fullTextSearch } from './0002-full-text-search';
import { settings } from './0003-settings';
import { imports } from './0004-imports';
import { tagging } from './0005-tagging';
import { translationMemory } from './0006-translation-memory';
import { translations } from './0007-translations';
import { workflow } from './0008-workflow';
import { wordImports } from './0009-word-imports';
import { team } from './0010-team';

/** In order; the schema version of a database is the number of these applied to it. Append only. */
export const migrations: readonly Migration[] = [
  releasesAndRevisions,
  fullTextSearch,
  settings,
  imports,
  tagging,
  translationMemory,
  translations,
  workflow,
  wordImports,
  team,
];
