import type { APIRoute } from 'astro';
import { matcherWords, type MatcherData } from '../../lib/matcher-data.ts';
import { moduleCitation, moduleShortLink } from '../../lib/module-citation.ts';
import { getModules, taxonomy } from '../../site/modules.ts';
import { getThesaurus } from '../../site/search.ts';

/** What /koppelen/ matches a document against (src/lib/matcher-data.ts). */
export const GET: APIRoute = async ({ site }) => {
  const [modules, thesaurus] = await Promise.all([getModules(), getThesaurus()]);
  const data: MatcherData = {
    modules: modules.map((module) => {
      const citaat = moduleCitation(module, site);
      const { id, code, titel, aliassen, trefwoorden } = module.data;
      return { id, code, titel, aliassen, trefwoorden, werksoort: module.werksoort.naam, url: citaat.url, korteLink: moduleShortLink(module, site), citaat };
    }),
    ...matcherWords(taxonomy, thesaurus),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
