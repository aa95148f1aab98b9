// The package registry this project installs from lacks some other-platform builds of Astro's compiler and
// Pagefind (macOS, Windows, ...). `npm install` then leaves them out of package-lock.json and `npm ci` refuses
// the lockfile. This adds the missing optional entries with their platform, so npm skips them here as it
// would on any registry. Run after `npm install` changes the lockfile: `npm run lockfile`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

type Entry = { version?: string; cpu?: string[]; os?: string[]; libc?: string[]; dev?: boolean; optional?: boolean; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, Entry> };

let output = '';
try {
  execFileSync('npm', ['ci', '--dry-run', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (error) {
  output = String((error as { stderr?: string }).stderr ?? '');
}
const missing = [...new Set([...output.matchAll(/Missing: (\S+)@/g)].map((m) => m[1]))];

const osNames: Record<string, string> = { android: 'android', darwin: 'darwin', linux: 'linux', win32: 'win32', windows: 'win32', freebsd: 'freebsd' };
for (const name of missing) {
  const version = Object.values(lock.packages).map((e) => e.optionalDependencies?.[name] ?? e.dependencies?.[name]).find(Boolean);
  const [platform, cpu, libc] = name.split('/').pop()!.replace('compiler-binding-', '').split('-');
  const entry: Entry = { version, cpu: [platform === 'wasm32' ? 'wasm32' : cpu], dev: true, optional: true };
  if (libc === 'gnu' || libc === 'musl') entry.libc = [libc === 'gnu' ? 'glibc' : 'musl'];
  if (osNames[platform]) entry.os = [osNames[platform]];
  lock.packages[`node_modules/${name}`] = entry;
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(missing.length ? `${missing.length} ontbrekende platformpakketten aangevuld: ${missing.join(', ')}` : 'package-lock.json is compleet.');
