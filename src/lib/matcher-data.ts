// The data /koppelen/ downloads to match a document in the browser: per module only what matching, the result
// list and the citation need, and the general words and thesaurus that the search uses. Built from the same
// content as the module pages; modules.json (the open data, with every section) is ten times larger.
import type { CitationInput } from './citation.ts';
import type { MatcherModule, MatcherWords } from './match-document.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import type { ThesaurusEntry } from '../schema/thesaurus.ts';
import { entryWords } from '../text/search-words.ts';

export interface MatcherDataModule extends MatcherModule {
  code: string;
  /** Name of the werksoort, to tell candidates of one name apart. */
  werksoort: string;
  url: string;
  korteLink: string;
  /** The citation's input, exactly as the module page passes it to citation(). */
  citaat: CitationInput;
}

export interface MatcherData extends Required<MatcherWords> {
  modules: MatcherDataModule[];
}

/**
 * The general words of the matcher: every functie and functiegroep name (a module titled "Voorlichting" is
 * also the name of all voorlichting), and the thesaurus entries that lead to modules, as the search reads them.
 */
export function matcherWords(taxonomy: Pick<Taxonomy, 'functiegroepen'>, thesaurus: readonly ThesaurusEntry[]): Required<MatcherWords> {
  const generalTerms = taxonomy.functiegroepen.flatMap((groep) => [groep.naam, ...groep.functies.map((f) => f.naam)]);
  return {
    generalTerms: [...new Set(generalTerms)],
    thesaurus: thesaurus.filter((entry) => entry.modules.length > 0).map((entry) => [entryWords(entry), entry.modules] as const),
  };
}
