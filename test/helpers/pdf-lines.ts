// Text lines of a PDF with their boxes, as poppler's pdftotext -bbox-layout lays them out.
import { execFileSync } from 'node:child_process';

export interface PdfLine {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

const decode = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos|#\d+);/g, (entity, name: string) =>
    name[0] === '#' ? String.fromCodePoint(Number(name.slice(1))) : ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name],
  );

export function pdfLines(path: string): PdfLine[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines: PdfLine[] = [];
  xml
    .split(/<page /)
    .slice(1)
    .forEach((page, index) => {
      for (const [, attrs, inner] of page.matchAll(/<line ([^>]*)>([^]*?)<\/line>/g)) {
        const box = Object.fromEntries([...attrs.matchAll(/(\w+)="([\d.]+)"/g)].map(([, key, value]) => [key, Number(value)]));
        const text = [...inner.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((word) => decode(word[1])).join(' ');
        lines.push({ page: index + 1, xMin: box.xMin, yMin: box.yMin, xMax: box.xMax, yMax: box.yMax, text });
      }
    });
  return lines;
}

/**
 * Pairs of lines on one page whose boxes cover each other by more than `tolerance` points both ways.
 * A glyph box is the font's full height, so adjacent lines set solid may touch; a line drawn over
 * another overlaps by a good part of its height.
 */
export function overlappingLines(lines: PdfLine[], tolerance = 2): Array<[PdfLine, PdfLine]> {
  const pairs: Array<[PdfLine, PdfLine]> = [];
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const [a, b] = [lines[i], lines[j]];
      if (a.page !== b.page) continue;
      const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (x > tolerance && y > tolerance) pairs.push([a, b]);
    }
  }
  return pairs;
}
