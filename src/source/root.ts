import { isAbsolute, resolve } from 'node:path';

/** The content root: CONTENT_DIR (absolute or relative to the repository), else content/. */
export function contentRoot(repoRoot: string, env: Record<string, string | undefined> = process.env): string {
  const dir = env.CONTENT_DIR?.trim();
  if (!dir) return resolve(repoRoot, 'content');
  return isAbsolute(dir) ? dir : resolve(repoRoot, dir);
}
