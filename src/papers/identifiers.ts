/**
 * Personal identifiers a board paper has no reason to carry: NHS numbers (ten digits that pass
 * the modulus 11 check) and National Insurance numbers (two prefix letters, six digits, a suffix
 * A to D, with the prefixes HMRC never issues left out).
 */

/** Does this ten-digit string pass the NHS number check digit (modulus 11)? */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || /^(\d)\1{9}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

export interface Identifier {
  kind: 'NHS number' | 'National Insurance number';
  /** The last characters only, so the finding itself does not repeat the number. */
  ending: string;
}

// 3-3-4 as NHS numbers are written, with spaces or hyphens, or ten digits together.
const NHS = /(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])/g;
const NINO = /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;

/** Every NHS and National Insurance number in the text. */
export function personalIdentifiers(text: string): Identifier[] {
  const out: Identifier[] = [];
  for (const m of text.matchAll(NHS)) {
    const digits = m[1] + m[2] + m[3];
    if (isNhsNumber(digits)) out.push({ kind: 'NHS number', ending: digits.slice(-4) });
  }
  for (const m of text.toUpperCase().matchAll(NINO))
    out.push({ kind: 'National Insurance number', ending: m[0].replace(/ /g, '').slice(-4) });
  return out;
}
