// A cleaner's change is often invisible as plain text (a line break, a control character, a double
// space, a composed letter): it is shown with markers, and long removed lines are shortened.
const MAX_SHOWN = 120;

export function visibleText(text: string): string {
  const shown = text
    .replace(/\n/g, '↵')
    .replace(/\t/g, '⇥')
    .replace(/\u00a0/g, '⍽')
    .replace(/ {2,}|^ | $/g, (spaces) => '·'.repeat(spaces.length))
    // C0 controls have pictures of their own (U+2400…); the rest are named by their code.
    .replace(/[\u0000-\u001f]/g, (char) => String.fromCharCode(0x2400 + char.charCodeAt(0)))
    .replace(
      /[\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060\ufeff\ufffd]/g,
      (char) => `⟨U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
    );
  if (shown.length <= MAX_SHOWN) return shown;
  const half = MAX_SHOWN / 2 - 2;
  return `${shown.slice(0, half)} … ${shown.slice(-half)}`;
}
