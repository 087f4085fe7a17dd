// The example host configurations in docs/hosting/ carry exactly the headers the browser tests
// serve the site with (src/publication/security-headers.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SECURITY_HEADERS } from '../../src/publication/security-headers.ts';

const hosting = join(import.meta.dirname, '..', '..', 'docs', 'hosting');
const read = (name: string) => readFileSync(join(hosting, name), 'utf8');

/** Header name and value pairs a configuration sets, in the syntax of each host. */
const PATTERNS: Record<string, RegExp> = {
  _headers: /^ {2}([A-Za-z-]+): (.+)$/gm,
  'nginx.conf': /add_header ([A-Za-z-]+) "(.+)" always;/g,
  '.htaccess': /Header always set ([A-Za-z-]+) "(.+)"/g,
};

describe('example host configurations', () => {
  for (const [file, pattern] of Object.entries(PATTERNS)) {
    it(`${file} sets every security header, exactly`, () => {
      const set = Object.fromEntries([...read(file).matchAll(pattern)].map((m) => [m[1], m[2]]));
      expect(set).toEqual(SECURITY_HEADERS);
    });
  }
});
