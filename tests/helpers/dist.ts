import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from '../../src/lib/link-check.ts';

export const distDir = join(process.cwd(), 'dist');

export function readDist(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}

export function distExists(path: string): boolean {
  return existsSync(join(distDir, path));
}

/** Every HTML file in dist/, as paths relative to dist/. */
export const htmlFiles = () => htmlPages(distDir);
