// The folder rules DEVELOPERS.md states, checked on every source file: core/ needs no Electron,
// DOM-only or SQLite code and no Node built-ins; renderer/ reaches no Node, SQLite, db/ or host/;
// db/, host/ and server/ never load Electron (tests load them, and requiring electron downloads a binary).
// And no module of the app imports itself through others: a cycle is printed, file by file.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

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
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3] ?? match[4]);
}

const RULES: { dir: string; forbidden: RegExp; why: string }[] = [
  { dir: 'core', forbidden: /^(node:|electron$|better-sqlite3$|\.\.\/(db|host|electron|renderer)\/)/, why: 'core/ is plain logic' },
  { dir: 'renderer', forbidden: /^(node:|electron$|better-sqlite3$)|\/(db|host|electron)\//, why: 'the page talks to its host through the API only' },
  { dir: 'db', forbidden: /^electron$|\/(host|electron|renderer)\//, why: 'db/ runs under plain Node' },
  { dir: 'host', forbidden: /^electron$|\/(electron|renderer)\//, why: 'host/ runs under plain Node' },
  { dir: 'server', forbidden: /^electron$|\/(electron|renderer)\//, why: 'the office server runs under plain Node' },
];

/** The app's own module a relative import names, as the bundlers resolve it; null for packages. */
function resolveImport(from: string, spec: string, files: Set<string>): string | null {
  if (!spec.startsWith('.')) return null;
  const base = normalize(join(dirname(from), spec));
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((file) => files.has(file)) ?? null;
}

/** Every cycle met by a depth-first walk, each as the files around it (`a → b → a`). */
function findCycles(graph: Map<string, string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const cycles: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('folder boundaries', () => {
  for (const { dir, forbidden, why } of RULES) {
    it(`${dir}/ imports nothing it must not (${why})`, () => {
      const files = sources(dir);
      expect(files.length).toBeGreaterThan(3);
      const broken = files.flatMap((file) =>
        importsOf(file)
          .filter((spec) => forbidden.test(spec))
          .map((spec) => `${file}: ${spec}`),
      );
      expect(broken).toEqual([]);
    });
  }

  it('has no import cycle in core/, db/, host/, server/, renderer/ or electron/ (type-only imports count too)', () => {
    const files = ['core', 'db', 'host', 'server', 'renderer', 'electron'].flatMap(sources);
    const known = new Set(files);
    const graph = new Map(files.map((file) => [file, importsOf(file).flatMap((spec) => resolveImport(file, spec, known) ?? [])]));
    expect([...graph.values()].flat().length).toBeGreaterThan(files.length);
    expect(findCycles(graph)).toEqual([]);
  });

  it('finds a cycle and names its files', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
    ]);
    expect(findCycles(graph)).toEqual(['a.ts → b.ts → c.ts → a.ts']);
    expect(resolveImport('core/x.ts', './api', new Set(['core/api/index.ts']))).toBe('core/api/index.ts');
  });

  it('reads the imports it checks (a file importing electron is caught)', () => {
    const caught = importsOf('electron/main.ts');
    expect(caught).toContain('electron');
  });
});
