import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { comparePairs, pairKey } from '../lib/compare.ts';
import { href } from '../lib/paths.ts';
import { getModules, taxonomy } from '../site/modules.ts';
import { getMethods } from '../site/methods.ts';

/** Every public page under the configured SITE_URL and BASE_PATH. Redirect pages are left out on purpose. */
export const GET: APIRoute = async ({ site }) => {
  const modules = await getModules();
  const pages = await getCollection('paginas');
  const paths = [
    '',
    'modules/',
    'type/',
    'functie/',
    'werksoort/',
    'matrix/',
    'vergelijk/',
    'zoeken/',
    'over/',
    'open-data/',
    'methoden/',
    'toegankelijkheid/',
    'begrippen/',
    ...taxonomy.werksoorten.map((w) => `werksoort/${w.id}/`),
    ...modules.map((m) => m.path),
    ...(await getMethods()).map((m) => m.path),
    ...comparePairs(modules, taxonomy.werksoorten.map((w) => w.id)).map((p) => `vergelijk/${pairKey(p.a.data.id, p.b.data.id)}/`),
    ...pages.map((p) => `over/${p.id}/`),
  ];
  const urls = paths.map((path) => `  <url><loc>${new URL(href(path), site).href}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
