// A logo picked from disk, as the data: URL the export settings store. It is checked here with the
// settings' own schema, so the officer hears at once that a file is too big or not an image,
// instead of the whole settings form being refused on save.
import { ExportSettings, readLogo } from '../../core/export/settings';

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', svg: 'image/svg+xml' };

export type LogoResult = { dataUrl: string } | { problem: 'tooLarge' | 'unreadable' };

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export async function readLogoFile(file: File): Promise<LogoResult> {
  // Some systems give no type for an .svg; the name says what it is.
  const type = file.type || TYPES[/\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? ''] || '';
  if (!Object.values(TYPES).includes(type)) return { problem: 'unreadable' };
  let dataUrl: string;
  try {
    dataUrl = await readAsDataUrl(new Blob([file], { type }));
  } catch {
    return { problem: 'unreadable' };
  }
  const checked = ExportSettings.shape.logo.safeParse(dataUrl);
  if (!checked.success) return { problem: dataUrl.length > 1000 && checked.error.issues.some((issue) => issue.code === 'too_big') ? 'tooLarge' : 'unreadable' };
  // A PNG or JPEG must really be one: its size is read from it for the exported page.
  return readLogo(dataUrl) ? { dataUrl } : { problem: 'unreadable' };
}
