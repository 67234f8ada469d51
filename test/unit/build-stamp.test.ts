import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearStamp, inputsStamp, isBuilt, OUTPUTS, writeStamp } from '../../scripts/build-stamp.mjs';

let root: string;

function write(file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

/** A checkout as scripts/build.mjs leaves it after a successful build. */
function builtCheckout(): void {
  write('core/fold.ts', 'export const a = 1;\n');
  write('renderer/App.tsx', 'export const App = () => null;\n');
  write('package.json', '{"name":"pressdesk"}');
  for (const output of OUTPUTS) write(output, 'built');
  writeStamp(root, inputsStamp(root));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pressdesk-build-stamp-'));
  builtCheckout();
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the build stamp', () => {
  it('finds an unchanged checkout built, even with its files rewritten unchanged', () => {
    expect(isBuilt(root)).toBe(true);
    write('core/fold.ts', 'export const a = 1;\n');
    utimesSync(join(root, 'core/fold.ts'), new Date(), new Date(Date.now() + 60_000));
    expect(isBuilt(root)).toBe(true);
  });

  it('builds again after a source file changes', () => {
    write('renderer/App.tsx', 'export const App = () => "changed";\n');
    expect(isBuilt(root)).toBe(false);
  });

  it('builds again after a source file is added, removed or renamed', () => {
    write('db/new-table.ts', 'export {};\n');
    expect(isBuilt(root)).toBe(false);
    rmSync(join(root, 'db/new-table.ts'));
    expect(isBuilt(root)).toBe(true);
    rmSync(join(root, 'core/fold.ts'));
    write('core/folding.ts', 'export const a = 1;\n');
    expect(isBuilt(root)).toBe(false);
  });

  it('builds again when the dependencies change', () => {
    write('package-lock.json', '{"lockfileVersion":3}');
    expect(isBuilt(root)).toBe(false);
  });

  it('builds again when an output is missing, or the last build did not finish', () => {
    rmSync(join(root, 'dist/renderer/index.html'));
    expect(isBuilt(root)).toBe(false);
    builtCheckout();
    clearStamp(root);
    expect(isBuilt(root)).toBe(false);
  });

  it('ignores what is not an input: tests, notes, the outputs themselves', () => {
    write('test/unit/x.test.ts', 'changed');
    write('README.md', 'changed');
    write('dist/pressdesk.mjs', 'rebuilt');
    expect(isBuilt(root)).toBe(true);
  });
});
