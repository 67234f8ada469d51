import { describe, expect, it } from 'vitest';
import { ExportSettings, LOGO_MAX_CHARS, defaultExportSettings, readLogo } from '../../core/export/settings';
import { pngLogo } from '../helpers/export-fixtures';

/** The smallest JPEG header that names a size: SOI, an APP0 segment, then SOF0 with 30×20. */
function jpegLogo(): string {
  const bytes = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  bytes.push(0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 20, 0x00, 30, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xd9);
  return `data:image/jpeg;base64,${Buffer.from(bytes).toString('base64')}`;
}

describe('export settings', () => {
  it('accepts the defaults and a logo', () => {
    expect(ExportSettings.parse(defaultExportSettings)).toEqual(defaultExportSettings);
    const withLogo = { ...defaultExportSettings, logo: pngLogo(4, 2), publisherUrl: 'https://genprosecutor.gov.az' };
    expect(ExportSettings.parse(withLogo)).toEqual(withLogo);
  });

  it('refuses what it does not know, remote logos, unknown zones and overlong text', () => {
    const bad = [
      { ...defaultExportSettings, extra: 1 },
      { ...defaultExportSettings, logo: 'https://example.org/logo.png' },
      { ...defaultExportSettings, logo: 'data:image/gif;base64,R0lGOD' },
      { ...defaultExportSettings, logo: `data:image/png;base64,${'A'.repeat(LOGO_MAX_CHARS)}` },
      { ...defaultExportSettings, timeZone: 'Mars/Olympus' },
      { ...defaultExportSettings, publisherUrl: 'javascript:alert(1)' },
      { ...defaultExportSettings, boilerplate: { az: 'x'.repeat(5_001), en: '', ru: '' } },
      { ...defaultExportSettings, officeName: { az: 'x', en: 'y' } },
    ];
    for (const settings of bad) expect(ExportSettings.safeParse(settings).success).toBe(false);
  });

  it('reads the size of PNG and JPEG logos, and takes SVG as it is', () => {
    expect(readLogo(pngLogo(120, 60))).toMatchObject({ type: 'png', width: 120, height: 60 });
    expect(readLogo(jpegLogo())).toMatchObject({ type: 'jpg', width: 30, height: 20 });
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`;
    expect(readLogo(svg)).toMatchObject({ type: 'svg', width: null, height: null });
    expect(readLogo(null)).toBeNull();
    expect(readLogo(`data:image/png;base64,${Buffer.from('not a png at all, really').toString('base64')}`)).toBeNull();
  });
});
