// What the office sets once for every export: who it is, its logo, the closing paragraph and the
// media contact in each publishing language, where files go, and the time zone dates are told in.
import { z } from 'zod';
import { ExportFolderPath } from './folder';

const perLanguage = (max: number) => z.strictObject({ az: z.string().max(max), en: z.string().max(max), ru: z.string().max(max) });

/** About 512 KB of image once decoded: a letterhead logo, not a photograph. */
export const LOGO_MAX_CHARS = 700_000;
const LOGO_DATA_URL = /^data:image\/(png|jpeg|svg\+xml);base64,([A-Za-z0-9+/]+={0,2})$/;

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const ExportSettings = z.strictObject({
  officeName: perLanguage(300),
  /** A data: URL, so exported files carry the logo with them and never fetch anything. */
  logo: z.string().max(LOGO_MAX_CHARS).regex(LOGO_DATA_URL, 'expected a PNG, JPEG or SVG data: URL').nullable(),
  /** Closing paragraph(s) after the body; blank lines separate paragraphs; may be empty. */
  boilerplate: perLanguage(5_000),
  mediaContact: perLanguage(2_000),
  /** Absolute and not a system folder; null: Documents/Pressdesk. */
  defaultFolder: ExportFolderPath.nullable(),
  publisherUrl: z
    .string()
    .max(2_000)
    .regex(/^https?:\/\/[^\s]+$/i, 'expected an http(s) address')
    .nullable(),
  timeZone: z.string().max(64).refine(isTimeZone, 'unknown time zone'),
});
export type ExportSettings = z.infer<typeof ExportSettings>;

export const defaultExportSettings: ExportSettings = {
  officeName: {
    az: 'Azərbaycan Respublikasının Baş Prokurorluğu',
    en: "Prosecutor General's Office of the Republic of Azerbaijan",
    ru: 'Генеральная прокуратура Азербайджанской Республики',
  },
  logo: null,
  boilerplate: { az: '', en: '', ru: '' },
  mediaContact: { az: '', en: '', ru: '' },
  defaultFolder: null,
  publisherUrl: null,
  timeZone: 'Asia/Baku',
};

export interface Logo {
  type: 'png' | 'jpg' | 'svg';
  dataUrl: string;
  bytes: Uint8Array;
  /** Intrinsic size in pixels; null for SVG, whose size is not worth parsing XML for. */
  width: number | null;
  height: number | null;
}

/** The logo of the settings, decoded; null when there is none or it is not a readable image. */
export function readLogo(dataUrl: string | null): Logo | null {
  const match = dataUrl ? LOGO_DATA_URL.exec(dataUrl) : null;
  if (!match || !dataUrl) return null;
  const bytes = Uint8Array.from(atob(match[2]), (char) => char.charCodeAt(0));
  if (match[1] === 'svg+xml') return { type: 'svg', dataUrl, bytes, width: null, height: null };
  const size = match[1] === 'png' ? pngSize(bytes) : jpegSize(bytes);
  return size && { type: match[1] === 'png' ? 'png' : 'jpg', dataUrl, bytes, ...size };
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Walks the JPEG markers to the first start-of-frame, which holds the size. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1];
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}
