import type { APIRoute } from 'astro';
import { compareRows } from '../../lib/compare.ts';
import { href } from '../../lib/paths.ts';
import { getModules } from '../../site/modules.ts';

/**
 * Every module's sections as HTML, for comparing any two modules on /vergelijk/ in the browser.
 * Rows are computed against the module itself so "not described" reads the same as on the pre-built pages.
 */
export const GET: APIRoute = async () => {
  const modules = await getModules();
  const data = Object.fromEntries(
    modules.map((m) => [
      m.data.id,
      {
        titel: m.data.titel,
        werksoort: m.werksoort.naam,
        url: href(m.path),
        samenvatting: m.data.samenvatting,
        secties: compareRows(m, m).map((row) => ({ kop: row.heading, anker: row.anchor, html: row.a })),
      },
    ]),
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
