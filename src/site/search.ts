import { getBegrippen } from '../schema/begrippen.ts';
import { defaultTaxonomyDir } from '../schema/taxonomy.ts';
import { loadThesaurus, type ThesaurusEntry } from '../schema/thesaurus.ts';
import { dutchWords, isDutchWord } from '../lib/dutch-words.ts';
import { htmlText } from '../text/html-text.ts';
import { buildRegister, buildSearchTerms, type ModuleSearchTerms, type RegisterWord, type SearchableModule } from '../lib/search-terms.ts';
import type { ModuleView } from '../lib/module-view.ts';
import { getModules, taxonomy } from './modules.ts';
import { getMethods } from './methods.ts';
import type { MethodView } from '../lib/method-view.ts';

function searchable(module: ModuleView): SearchableModule {
  const { data } = module;
  return { id: data.id, functie: data.functie, titel: data.titel, samenvatting: data.samenvatting, aliassen: data.aliassen, trefwoorden: data.trefwoorden, body: module.sections.map((s) => htmlText(s.html)).join('\n') };
}

let thesaurus: Promise<ThesaurusEntry[]> | undefined;
/** The thesaurus, checked against the modules; the content check has already stopped the build on any problem. */
export function getThesaurus(): Promise<ThesaurusEntry[]> {
  thesaurus ??= getModules().then((modules) => loadThesaurus(defaultTaxonomyDir, new Set(modules.map((m) => m.data.id)), taxonomy).entries);
  return thesaurus;
}

let terms: Promise<Map<string, ModuleSearchTerms>> | undefined;
/** Search terms of every module, computed once per build. */
export function getSearchTerms(): Promise<Map<string, ModuleSearchTerms>> {
  terms ??= Promise.all([getModules(), getThesaurus()]).then(([modules, entries]) => {
    const words = dutchWords();
    return buildSearchTerms(modules.map(searchable), entries, { isWord: (word) => isDutchWord(word, words), whole: words });
  });
  return terms;
}

/** The A–Z register of every alias, keyword and thesaurus word, and every method's name and keyword. */
export async function getRegister(): Promise<RegisterWord[]> {
  const [modules, entries, methods] = await Promise.all([getModules(), getThesaurus(), getMethods()]);
  // A thesaurus term that is also one of the site's own terms (AMW, WMW, IOW) is explained in begrippen.yaml only.
  const begrippen = new Map(getBegrippen().map((b) => [b.term.toLowerCase(), b.kort]));
  return buildRegister(modules.map(searchable), entries, methods.map((m) => m.data)).map((word) =>
    word.kind === 'term' && !word.explanation && begrippen.has(word.word.toLowerCase()) ? { ...word, explanation: begrippen.get(word.word.toLowerCase()) } : word,
  );
}

function searchableMethod(method: MethodView): SearchableModule {
  const { data } = method;
  return { id: data.id, functie: '', titel: data.titel, samenvatting: data.samenvatting, aliassen: [], trefwoorden: data.trefwoorden, body: method.sections.map((s) => htmlText(s.html)).join('\n') };
}

let methodTerms: Promise<Map<string, ModuleSearchTerms>> | undefined;
/**
 * Search terms of every method page: its keywords and the parts of its compounds ("leefgebieden" in
 * "leefgebiedenmatrix"). Computed apart from the modules, so that adding methods never changes how modules rank.
 */
export function getMethodSearchTerms(): Promise<Map<string, ModuleSearchTerms>> {
  methodTerms ??= getMethods().then((methods) => {
    const words = dutchWords();
    return buildSearchTerms(methods.map(searchableMethod), [], { isWord: (word) => isDutchWord(word, words), whole: words });
  });
  return methodTerms;
}
