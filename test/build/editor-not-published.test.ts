// The editor is for clerks, served only by npm run edit: a build's output holds no admin page, no
// CMS script and nothing of its configuration.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { filesOf, fixtures, sharedBuild } from './helpers.ts';

describe('a built site', () => {
  it('has no admin page or CMS script', () => {
    const r = sharedBuild(join(fixtures, 'minimal'), '2024-06-10');
    expect(r.status, r.output).toBe(0);
    const files = filesOf(r.outDir);
    expect(files.length).toBeGreaterThan(20);
    expect(
      files.map((f) => f.path).filter((p) => /(^|\/)(admin|decap)|config\.yml$|editor\.(js|css)$/i.test(p)),
    ).toEqual([]);
    const marks = [
      'decap-cms',
      'CMS_MANUAL_INIT',
      'registerCustomFormat',
      'cms-config-url',
      '/api/v1',
      'markdown_body',
    ];
    const found = files
      .filter((f) => /\.(html|js|css|json|xml|txt)$/.test(f.path))
      .flatMap((f) => marks.filter((m) => f.bytes.includes(m)).map((m) => `${f.path}: ${m}`));
    expect(found).toEqual([]);
  });
});
