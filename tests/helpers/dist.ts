import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const distDir = join(process.cwd(), 'dist');

export function readDist(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}

export function distExists(path: string): boolean {
  return existsSync(join(distDir, path));
}

/** Every HTML file in dist/, as paths relative to dist/. */
export function htmlFiles(dir = distDir, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(join(dir, entry.name), rel);
    return entry.name.endsWith('.html') ? [rel] : [];
  });
}
