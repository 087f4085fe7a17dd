// One folder per test run for the builds the tests make (test/build/helpers.ts): shared builds
// are made once in it and read by every test file that asks for the same inputs. It is under
// the system's temporary folder because the build refuses an OUT_DIR inside test/, and it is
// removed when the run ends, unless KEEP_TEST_BUILDS is set (to look at what was built).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    buildFolder?: string;
  }
}

export default function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), 'jcb-tests-'));
  project.provide('buildFolder', folder);
  return () => {
    if (process.env.KEEP_TEST_BUILDS) console.log(`Test builds kept in ${folder}`);
    else rmSync(folder, { recursive: true, force: true });
  };
}
