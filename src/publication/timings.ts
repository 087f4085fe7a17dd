/**
 * Stage marks for the benchmark (scripts/bench.mjs): when BUILD_TIMINGS names a file, each
 * stage of a build appends `{"stage":…,"at":"start"|"end","t":<ms since epoch>}` to it, from
 * the build script and from inside Astro alike. Without BUILD_TIMINGS nothing is written.
 */
import { appendFileSync } from 'node:fs';

export type Stage = 'validation' | 'astro' | 'content-sync' | 'rendering' | 'search-index' | 'swap';

export function mark(stage: Stage, at: 'start' | 'end'): void {
  const file = process.env.BUILD_TIMINGS;
  if (file) appendFileSync(file, JSON.stringify({ stage, at, t: Date.now() }) + '\n');
}
