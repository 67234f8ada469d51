// What a typed link address becomes: people leave out the scheme (`gov.az`, `press@gov.az`), so it
// is added; whatever has a scheme must then pass the editor's allow-list (web and mail only).
import { ALLOWED_LINK } from '../../core/editor-extensions';

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;
const MAIL_ADDRESS = /^[^\s/@]+@[^\s@]+\.[^\s@]+$/;

function normaliseLink(value: string): string {
  if (HAS_SCHEME.test(value)) return value;
  return MAIL_ADDRESS.test(value) ? `mailto:${value}` : `https://${value.replace(/^\/+/, '')}`;
}

/** The address to store, or null when it may not be linked (javascript:, file:, data: and the like). */
export function acceptLink(value: string): string | null {
  const href = normaliseLink(value.trim());
  return ALLOWED_LINK.test(href) ? href : null;
}
