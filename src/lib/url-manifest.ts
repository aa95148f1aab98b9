import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const manifestFile = join('content', 'gepubliceerde-urls.txt');

/** Paths in the manifest, one per line from the site root (`/modules/amw-intake/`); `#` starts a comment. */
export function readManifest(file = manifestFile): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('/'));
}

/** Whether a site path is served by a build in `dist`: a page (or redirect page) or a file. */
export function resolvesIn(dist: string, path: string): boolean {
  const target = join(dist, path);
  if (path.endsWith('/')) return existsSync(join(target, 'index.html'));
  return existsSync(target) && statSync(target).isFile();
}

/** Manifest paths that no longer resolve: each one is a published link that would now break. */
export function brokenPublishedUrls(dist: string, manifest: string[]): string[] {
  return manifest.filter((path) => !resolvesIn(dist, path));
}

/** Every public path a build serves: pages, redirect pages and open data files (not the search index or assets). */
export function publicPaths(dist: string, prefix = '/'): string[] {
  return readdirSync(join(dist, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${prefix}${entry.name}`;
    if (entry.isDirectory()) return ['/pagefind', '/_astro'].includes(rel) ? [] : publicPaths(dist, `${rel}/`);
    if (entry.name === 'index.html') return [prefix];
    if (prefix.startsWith('/data/') || ['/sitemap.xml', '/robots.txt'].includes(rel)) return [rel];
    return [];
  });
}
