// Renders build/icon.svg into the icons electron-builder packages: build/icon.png (512), the Linux set
// build/icons/NxN.png, build/icon.ico (Windows) and build/icon.icns (macOS). Both containers are
// just PNGs behind a small header. Run by hand after editing the SVG: node scripts/render-icons.mjs
// (uses Chromium: CHROMIUM_PATH, else /usr/bin/chromium).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const BUILD = fileURLToPath(new URL('../build/', import.meta.url));
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS entry types by pixel size (the @2x types reuse the larger renders). */
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];

const svg = readFileSync(`${BUILD}icon.svg`, 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const png = new Map();
try {
  const page = await browser.newPage({ viewport: { width: 16, height: 16 } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:100vw;height:100vh}</style>${svg}`);
  // Each size is drawn from the vector at that size, not scaled down from a large bitmap.
  for (const size of new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])) {
    await page.setViewportSize({ width: size, height: size });
    png.set(size, await page.screenshot({ omitBackground: true }));
  }
} finally {
  await browser.close();
}

mkdirSync(`${BUILD}icons`, { recursive: true });
for (const size of LINUX_SIZES) writeFileSync(`${BUILD}icons/${size}x${size}.png`, png.get(size));
writeFileSync(`${BUILD}icon.png`, png.get(512));

// ICO: 6-byte header, a 16-byte entry per image (0 means 256), then the PNGs.
const icoHeader = Buffer.alloc(6 + 16 * ICO_SIZES.length);
icoHeader.writeUInt16LE(1, 2);
icoHeader.writeUInt16LE(ICO_SIZES.length, 4);
let offset = icoHeader.length;
ICO_SIZES.forEach((size, i) => {
  const at = 6 + 16 * i;
  icoHeader.writeUInt8(size % 256, at);
  icoHeader.writeUInt8(size % 256, at + 1);
  icoHeader.writeUInt16LE(1, at + 4);
  icoHeader.writeUInt16LE(32, at + 6);
  icoHeader.writeUInt32LE(png.get(size).length, at + 8);
  icoHeader.writeUInt32LE(offset, at + 12);
  offset += png.get(size).length;
});
writeFileSync(`${BUILD}icon.ico`, Buffer.concat([icoHeader, ...ICO_SIZES.map((size) => png.get(size))]));

// ICNS: 'icns' and the total length, then per image its type and length (both big-endian, header included).
const entries = ICNS_TYPES.map(([type, size]) => {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32BE(8 + png.get(size).length, 4);
  return Buffer.concat([head, png.get(size)]);
});
const icnsHeader = Buffer.alloc(8);
icnsHeader.write('icns', 0, 'ascii');
icnsHeader.writeUInt32BE(8 + entries.reduce((sum, entry) => sum + entry.length, 0), 4);
writeFileSync(`${BUILD}icon.icns`, Buffer.concat([icnsHeader, ...entries]));

console.log(`icons written to ${BUILD}`);
