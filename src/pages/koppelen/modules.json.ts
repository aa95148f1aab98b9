import type { APIRoute } from 'astro';
import { matcherWords, toMatcherFile, type MatcherData } from '../../lib/matcher-data.ts';
import { moduleCitation, moduleShortLink } from '../../lib/module-citation.ts';
import { href, modulePath, shortLinkPath } from '../../lib/paths.ts';
import type { ModuleView } from '../../lib/module-view.ts';
import { getModules, taxonomy } from '../../site/modules.ts';
import { getThesaurus } from '../../site/search.ts';

/** What /koppelen/ matches a document against (src/lib/matcher-data.ts), in the file's compact form. */
export const GET: APIRoute = async ({ site }) => {
  const [modules, thesaurus] = await Promise.all([getModules(), getThesaurus()]);
  const byId = new Map<string, ModuleView>(modules.map((module) => [module.data.id, module]));
  const data: MatcherData = {
    modules: modules.map((module) => {
      const citaat = moduleCitation(module, site);
      const { id, code, titel, aliassen, trefwoorden } = module.data;
      return { id, code, titel, aliassen, trefwoorden, werksoort: module.werksoort.naam, url: citaat.url, korteLink: moduleShortLink(module, site), citaat };
    }),
    ...matcherWords(taxonomy, thesaurus),
  };
  // fromMatcherFile adds the id or code and a slash, as modulePath and shortLinkPath do.
  const prefix = { module: new URL(href(modulePath('x').replace(/x\/$/, '')), site).href, kort: new URL(href(shortLinkPath('x').replace(/x\/$/, '')), site).href };
  const file = toMatcherFile(data, prefix, { werksoort: (m) => byId.get(m.id)!.werksoort.id, bron: (m) => byId.get(m.id)!.data.bron.document });
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
