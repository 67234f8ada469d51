import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronVersion, findElectronBinary } from '../../host/electron-binary';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const VERSION = '45.4.1';

let root: string;
let electronDir: string;

/** Lays out node_modules/electron as npm leaves it, plus what its install.js adds once the binary is downloaded. */
function installElectron(downloaded: { distVersion?: string; executable?: boolean } | null): void {
  mkdirSync(electronDir, { recursive: true });
  writeFileSync(path.join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: VERSION, main: 'index.js' }));
  if (!downloaded) return;
  mkdirSync(path.join(electronDir, 'dist'), { recursive: true });
  writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
  writeFileSync(path.join(electronDir, 'dist', 'version'), downloaded.distVersion ?? `v${VERSION}`);
  if (downloaded.executable !== false) writeFileSync(path.join(electronDir, 'dist', 'electron'), '#!/bin/sh\n', { mode: 0o755 });
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'pressdesk-electron-binary-'));
  writeFileSync(path.join(root, 'package.json'), '{"name":"app"}');
  electronDir = path.join(root, 'node_modules', 'electron');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('electronVersion', () => {
  it('is null without an electron package', () => {
    expect(electronVersion(root)).toBeNull();
  });

  it("reads the package's version even before the binary is downloaded", () => {
    installElectron(null);
    expect(electronVersion(root)).toBe(VERSION);
  });

  it('reads the version of the package installed in this checkout', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'node_modules', 'electron', 'package.json'), 'utf8'));
    expect(electronVersion(REPO)).toBe(manifest.version);
  });
});

describe('findElectronBinary', () => {
  it('is null without an electron package', () => {
    expect(findElectronBinary(root, {})).toBeNull();
  });

  it('is null when the package is installed but its binary was never downloaded', () => {
    installElectron(null);
    expect(findElectronBinary(root, {})).toBeNull();
  });

  it('finds the downloaded executable through path.txt', () => {
    installElectron({});
    expect(findElectronBinary(root, {})).toBe(path.join(electronDir, 'dist', 'electron'));
  });

  it('is null when path.txt names an executable that is not there', () => {
    installElectron({ executable: false });
    expect(findElectronBinary(root, {})).toBeNull();
  });

  it('refuses a binary of another version, for which the native build would not fit', () => {
    installElectron({ distVersion: 'v44.0.0' });
    expect(findElectronBinary(root, {})).toBeNull();
  });

  it('is found from a folder below the one holding node_modules, as Node resolves', () => {
    installElectron({});
    const nested = path.join(root, 'packages', 'inner');
    mkdirSync(nested, { recursive: true });
    expect(findElectronBinary(nested, {})).toBe(path.join(electronDir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    installElectron(null);
    const elsewhere = path.join(root, 'electron-build');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere })).toBeNull();
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere })).toBe(path.join(elsewhere, 'electron'));
  });
});
