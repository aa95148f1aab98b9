import type { APIRoute } from 'astro';
import { compareRows } from '../../../lib/compare.ts';
import type { ModuleView } from '../../../lib/module-view.ts';
import { href } from '../../../lib/paths.ts';
import { getModules } from '../../../site/modules.ts';

export async function getStaticPaths() {
  return (await getModules()).map((module) => ({ params: { id: module.data.id }, props: { module } }));
}

/**
 * One module's sections as HTML, for comparing any two modules on /vergelijk/ in the browser: the script
 * fetches just the two files it needs. Rows are built like the pre-built compare pages, so both read the same.
 */
export const GET: APIRoute = ({ props }) => {
  const m = (props as { module: ModuleView }).module;
  const data = {
    id: m.data.id,
    titel: m.data.titel,
    werksoort: m.werksoort.naam,
    url: href(m.path),
    samenvatting: m.data.samenvatting,
    secties: compareRows(m, m).map((row) => ({ kop: row.heading, anker: row.anchor, html: row.a })),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
