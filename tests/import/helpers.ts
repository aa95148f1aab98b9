import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a script with the repository's Node (22), as `npm run` would. */
export const run = (script: string, args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** Every file below a folder, relative to it; empty when the folder does not exist. */
export function filesIn(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesIn(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`])).sort();
}

/** The seed documents live next to the repository (../shared/seeds); tests that need them skip when absent. */
export const seedsDir = join(process.cwd(), '..', 'shared', 'seeds');
export const seed = (prefix: string) => (existsSync(seedsDir) ? readdirSync(seedsDir).find((f) => f.startsWith(prefix)) : undefined);
