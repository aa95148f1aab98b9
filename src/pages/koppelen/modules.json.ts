import type { APIRoute } from 'astro';
import { matcherWords, type MatcherFile } from '../../lib/matcher-data.ts';
import { moduleCitation } from '../../lib/module-citation.ts';
import { href, modulePath, shortLinkPath } from '../../lib/paths.ts';
import { getModules, taxonomy } from '../../site/modules.ts';
import { getThesaurus } from '../../site/search.ts';

/**
 * What /koppelen/ matches a document against, in the file's compact form (src/lib/matcher-data.ts): source titles
 * and werksoort names once, URLs as a prefix. The browser rebuilds links and citations with fromMatcherFile; a build
 * test checks them against the module pages.
 */
export const GET: APIRoute = async ({ site }) => {
  const [modules, thesaurus] = await Promise.all([getModules(), getThesaurus()]);
  const bronnen: MatcherFile['bronnen'] = {};
  const file: MatcherFile = {
    // fromMatcherFile adds the id or code and a slash, as modulePath and shortLinkPath do.
    prefix: { module: new URL(href(modulePath('x').replace(/x\/$/, '')), site).href, kort: new URL(href(shortLinkPath('x').replace(/x\/$/, '')), site).href },
    werksoorten: Object.fromEntries(taxonomy.werksoorten.map((w) => [w.id, w.naam])),
    bronnen,
    modules: modules.map((module) => {
      const { id, code, titel, aliassen, trefwoorden, bron } = module.data;
      const { versie, versieUrl } = moduleCitation(module, site);
      bronnen[bron.document] = module.bron.titel;
      const versieAnker = versieUrl?.slice(versieUrl.indexOf('#') + 1);
      return { id, code, titel, aliassen, trefwoorden, werksoort: module.werksoort.id, bron: bron.document, pagina: bron.pagina, ...(versie ? { versie } : {}), ...(versieAnker ? { versieAnker } : {}) };
    }),
    ...matcherWords(taxonomy, thesaurus),
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
