// The folder rules DEVELOPERS.md states, checked on every source file: core/ needs no Electron,
// DOM-only or SQLite code and no Node built-ins; renderer/ reaches no Node, SQLite, db/ or host/;
// db/, host/ and server/ never load Electron (tests load them, and requiring electron downloads a binary).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

function importsOf(file: string): string[] {
  // Comments may name what a file must not do ("without require('electron')"): leave them out.
  const text = readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3]);
}

const RULES: { dir: string; forbidden: RegExp; why: string }[] = [
  { dir: 'core', forbidden: /^(node:|electron$|better-sqlite3$|\.\.\/(db|host|electron|renderer)\/)/, why: 'core/ is plain logic' },
  { dir: 'renderer', forbidden: /^(node:|electron$|better-sqlite3$)|\/(db|host|electron)\//, why: 'the page talks to its host through the API only' },
  { dir: 'db', forbidden: /^electron$|\/(host|electron|renderer)\//, why: 'db/ runs under plain Node' },
  { dir: 'host', forbidden: /^electron$|\/(electron|renderer)\//, why: 'host/ runs under plain Node' },
  { dir: 'server', forbidden: /^electron$|\/(electron|renderer)\//, why: 'the office server runs under plain Node' },
];

describe('folder boundaries', () => {
  for (const { dir, forbidden, why } of RULES) {
    it(`${dir}/ imports nothing it must not (${why})`, () => {
      const files = sources(dir);
      expect(files.length).toBeGreaterThan(3);
      const broken = files.flatMap((file) => importsOf(file).filter((spec) => forbidden.test(spec)).map((spec) => `${file}: ${spec}`));
      expect(broken).toEqual([]);
    });
  }

  it('reads the imports it checks (a file importing electron is caught)', () => {
    const caught = importsOf('electron/main.ts');
    expect(caught).toContain('electron');
  });
});
