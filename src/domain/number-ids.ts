/**
 * Ids that YAML read as numbers. Unquoted, `decisions: [1241]` is the number 1241, and YAML
 * reads `012` as 12, `1e3` as 1000 and `0x1F` as 31, so the number alone cannot say what was
 * typed. The reader keeps the text of every number as written (source/text.ts): an id written
 * as exactly the digits of the number is taken as that id; any other is refused with the
 * quoted id to type instead.
 */
import { ID_PATTERN } from '../schemas/common.ts';

/** The text of a number as written in the YAML, at its path in the file's data. */
export interface NumberText {
  path: (string | number)[];
  text: string;
}

/** True when YAML's number is exactly the digits written, so it can only be the id of those digits. */
export function isPlainDigits(text: string, value: number): boolean {
  return /^\d+$/.test(text) && Number.isSafeInteger(value) && String(value) === text;
}

/**
 * What to say about a number written where an id belongs, or undefined when it is taken as the
 * id (the digits as written).
 */
export function numberIdProblem(text: string, value: number): { found: string; expected: string } | undefined {
  if (isPlainDigits(text, value)) return undefined;
  const found = `${text} (YAML reads it as the number ${String(value)})`;
  if (ID_PATTERN.test(text)) {
    const why = /^0\d/.test(text)
      ? 'without quotes YAML reads digits as a number and drops the leading zero'
      : /^\d{16,}$/.test(text)
        ? 'without quotes YAML reads digits as a number, and one this long loses its last digits'
        : `without quotes YAML reads ${text} as a number`;
    return { found, expected: `write the id in quotes: ${JSON.stringify(text)} (${why})` };
  }
  return {
    found,
    expected:
      'expected an id of lower-case letters, digits and single hyphens, with no dot, sign or space (an id of digits alone goes in quotes, e.g. "1241")',
  };
}
