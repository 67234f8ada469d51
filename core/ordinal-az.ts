// Azerbaijani ordinal endings follow the vowel harmony of the number as it is read aloud: the last
// vowel of the last spoken word picks -ci/-cı/-cu/-cü (bir → 1-ci, altı → 6-cı, doqquz → 9-cu,
// üç → 3-cü). Only the last non-zero place is spoken last, so 21 ends in "bir" and 40 in "qırx".
type Ending = 'ci' | 'cı' | 'cu' | 'cü';

// sıfır bir iki üç dörd beş altı yeddi səkkiz doqquz
const UNITS: Ending[] = ['cı', 'ci', 'ci', 'cü', 'cü', 'ci', 'cı', 'ci', 'ci', 'cu'];
// on iyirmi otuz qırx əlli altmış yetmiş səksən doxsan
const TENS: Ending[] = ['cu', 'ci', 'cu', 'cı', 'ci', 'cı', 'ci', 'ci', 'cı'];
// yüz, min, milyon, milyard, trilyon
const POWERS: Array<[number, Ending]> = [
  [100, 'cü'],
  [1_000, 'ci'],
  [1_000_000, 'cu'],
  [1_000_000_000, 'cı'],
  [1_000_000_000_000, 'cu'],
];

function azOrdinalEnding(n: number): Ending {
  const whole = Math.abs(Math.trunc(n));
  if (whole === 0 || whole % 10) return UNITS[whole % 10];
  if (whole % 100) return TENS[(whole % 100) / 10 - 1];
  let ending: Ending = POWERS[0][1];
  for (const [power, suffix] of POWERS) {
    if (whole % power === 0) ending = suffix;
    else break;
  }
  return ending;
}

/** "4-cü", "6-cı", "10-cu": the number with its ordinal ending. */
export function azOrdinal(n: number): string {
  return `${n}-${azOrdinalEnding(n)}`;
}
