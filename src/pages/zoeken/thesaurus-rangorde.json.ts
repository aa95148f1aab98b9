// The thesaurus as the search page ranks with it, written during the build so that the step after Pagefind
// (scripts/after-index.ts) can add it to the word list without reading all content again.
import type { APIRoute } from 'astro';
import { thesaurusRanking } from '../../lib/search-vocabulary.ts';
import { getThesaurus } from '../../site/search.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(thesaurusRanking(await getThesaurus())));
