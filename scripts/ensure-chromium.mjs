#!/usr/bin/env node
// Browser tests drive Debian's Chromium (browser downloads are not possible). Installs it
// with apt-get when missing and this is a Debian machine run as root; otherwise says how.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(chromium)) process.exit(0);
const root = process.getuid?.() === 0;
if (root && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Chromium for the browser tests (apt-get install chromium)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (install && install.status === 0 && existsSync(chromium)) process.exit(0);
}
console.error(
  `Chromium is needed at ${chromium} for the browser tests: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`,
);
process.exit(1);
