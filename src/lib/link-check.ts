import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

export interface BrokenLink {
  /** The page that has the link, relative to dist. */
  page: string;
  href: string;
  reason: string;
}

/** Every HTML page in a build, relative to it; the search index is not a page. */
export function htmlPages(dist: string, prefix = ''): string[] {
  return readdirSync(join(dist, prefix), { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlPages(dist, rel);
    return entry.name.endsWith('.html') ? [rel] : [];
  });
}

const idCache = new Map<string, Set<string>>();
function idsOf(dist: string, file: string): Set<string> {
  const key = join(dist, file);
  let ids = idCache.get(key);
  if (!ids) {
    ids = new Set([...readFileSync(key, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    idCache.set(key, ids);
  }
  return ids;
}

/** The file in dist that serves a site path, or undefined. */
function fileFor(dist: string, path: string): string | undefined {
  const clean = path.replace(/^\//, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((c) => existsSync(join(dist, c)) && statSync(join(dist, c)).isFile());
}

/**
 * Every internal link and anchor in the built site that does not resolve. `base` is the configured base path;
 * a link outside it counts as broken, because on a host under a sub-path it would leave the site.
 */
export function findBrokenLinks(dist: string, base = '/'): BrokenLink[] {
  idCache.clear();
  const broken: BrokenLink[] = [];
  for (const page of htmlPages(dist)) {
    const html = readFileSync(join(dist, page), 'utf8');
    const pagePath = `${base}${page.replace(/index\.html$/, '')}`;
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const href = match[1].replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:)/.test(href)) continue;
      const [pathAndQuery, anchor] = href.split('#');
      const path = pathAndQuery.split('?')[0];
      const absolute = path === '' ? pagePath : path.startsWith('/') ? path : posix.join(posix.dirname(`${pagePath}x`), path);
      if (!absolute.startsWith(base)) {
        broken.push({ page, href, reason: `valt buiten het basispad ${base}` });
        continue;
      }
      const file = fileFor(dist, absolute.slice(base.length));
      if (!file) {
        broken.push({ page, href, reason: 'pagina of bestand bestaat niet' });
        continue;
      }
      if (anchor && file.endsWith('.html') && !idsOf(dist, file).has(decodeURIComponent(anchor))) {
        broken.push({ page, href, reason: `anker #${anchor} bestaat niet op ${file}` });
      }
    }
  }
  return broken;
}
