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

/** One module as the file carries it: what repeats across modules (source titles, werksoort names, URLs) is said once. */
export interface MatcherFileModule extends MatcherModule {
  code: string;
  /** Key into `werksoorten`. */
  werksoort: string;
  /** Key into `bronnen`. */
  bron: string;
  pagina: number;
  versie?: string;
  /** The anchor of this version in the module page's history, when the module has one. */
  versieAnker?: string;
}

/**
 * `koppelen/modules.json` (written by src/pages/koppelen/modules.json.ts): about half the size of MatcherData
 * written out, which counts at 10,000 modules.
 */
export interface MatcherFile extends Required<MatcherWords> {
  /** Module pages are this plus the id and a slash; short links this other prefix plus the code and a slash. */
  prefix: { module: string; kort: string };
  werksoorten: Record<string, string>;
  bronnen: Record<string, string>;
  modules: MatcherFileModule[];
}

/** Reads `koppelen/modules.json` back into what the matcher, the result list and citation() use. */
export function fromMatcherFile(file: MatcherFile): MatcherData {
  const modules = file.modules.map((module): MatcherDataModule => {
    const url = `${file.prefix.module}${module.id}/`;
    const werksoort = file.werksoorten[module.werksoort];
    return {
      id: module.id,
      code: module.code,
      titel: module.titel,
      aliassen: module.aliassen,
      trefwoorden: module.trefwoorden,
      werksoort,
      url,
      korteLink: `${file.prefix.kort}${module.code}/`,
      citaat: {
        titel: module.titel,
        werksoort,
        bronTitel: file.bronnen[module.bron],
        pagina: module.pagina,
        url,
        versie: module.versie,
        versieUrl: module.versieAnker ? `${url}#${module.versieAnker}` : undefined,
      },
    };
  });
  return { modules, generalTerms: file.generalTerms, thesaurus: file.thesaurus };
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
