/** What related-module lists need to know about a module. */
export interface RelatableModule {
  id: string;
  werksoort: string;
  functie: string;
  schakel: readonly string[];
  verwijzingen: readonly string[];
  trefwoorden: readonly string[];
}

export interface ThemeMatch<M> {
  module: M;
  /** The thesaurus terms that list both modules: the reason the module is shown. */
  themes: string[];
}

export interface RelatedModules<M> {
  /** The schakel partner(s): the same module as another werksoort carries it out. */
  schakel: M[];
  /** Modules this module's source names (`verwijzingen`). */
  references: M[];
  /** Modules whose source names this module. */
  referredBy: M[];
  /** Modules in another werksoort about the same theme, with the shared themes; at most `themeLimit`. */
  sameTheme: Array<ThemeMatch<M>>;
  /** Modules in another werksoort with the same functie, not already shown as schakel partner or by theme; at most `functieLimit`. */
  sameFunctie: M[];
  /** How many modules in other werksoorten have the same functie, schakel partners left out (for a link to the full list). */
  sameFunctieTotal: number;
}

/** Lookups built once for all modules, so one module's related lists cost the same with 60 modules or 10,000. */
export interface RelatedIndex<M> {
  byId: Map<string, M>;
  /** Source position of each module: it breaks every tie, so the lists never change between builds. */
  order: Map<string, number>;
  byFunctie: Map<string, M[]>;
  referredBy: Map<string, M[]>;
  /** Thesaurus terms per module id (entries that list the module). */
  themes: Map<string, string[]>;
  /** Module ids per thesaurus term. */
  byTheme: Map<string, string[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);

/** Builds the lookups from the modules in source order and the thesaurus entries. */
export function buildRelatedIndex<M extends RelatableModule>(all: readonly M[], thesaurus: ReadonlyArray<{ term: string; modules: readonly string[] }>): RelatedIndex<M> {
  const index: RelatedIndex<M> = { byId: new Map(), order: new Map(), byFunctie: new Map(), referredBy: new Map(), themes: new Map(), byTheme: new Map() };
  all.forEach((module, i) => {
    index.byId.set(module.id, module);
    index.order.set(module.id, i);
    push(index.byFunctie, module.functie, module);
    for (const id of module.verwijzingen) push(index.referredBy, id, module);
  });
  for (const entry of thesaurus) {
    for (const id of entry.modules) {
      push(index.themes, id, entry.term);
      push(index.byTheme, entry.term, id);
    }
  }
  return index;
}

/**
 * The modules that are really related to one module, in groups that each say why. A theme match is a module in
 * another werksoort that a thesaurus term lists together with this one, and then also has the same functie, a
 * second shared term or a shared keyword: one broad shared word alone ("advies") is too weak a reason.
 */
export function relatedModules<M extends RelatableModule>(module: M, index: RelatedIndex<M>, { themeLimit = 4, functieLimit = 6 } = {}): RelatedModules<M> {
  const pick = (ids: readonly string[]) => ids.map((id) => index.byId.get(id)).filter((m): m is M => m !== undefined);
  const elsewhere = (m: M) => m.werksoort !== module.werksoort && !module.schakel.includes(m.id);
  const position = (m: M) => index.order.get(m.id) ?? Infinity;

  const mine = index.themes.get(module.id) ?? [];
  const keywords = new Set(module.trefwoorden.map((k) => k.toLowerCase()));
  const candidates = pick([...new Set(mine.flatMap((term) => index.byTheme.get(term) ?? []))]).filter(elsewhere);
  const byTheme = candidates
    .map((other) => {
      const shared = mine.filter((term) => (index.themes.get(other.id) ?? []).includes(term));
      const sharedKeywords = other.trefwoorden.filter((k) => keywords.has(k.toLowerCase())).length;
      const sameFunctie = other.functie === module.functie;
      return { module: other, themes: shared, strong: sameFunctie || shared.length > 1 || sharedKeywords > 0, score: 2 * shared.length + sharedKeywords + (sameFunctie ? 1 : 0) };
    })
    .filter((match) => match.strong)
    .sort((a, b) => b.score - a.score || position(a.module) - position(b.module))
    .slice(0, themeLimit);
  const shownByTheme = new Set(byTheme.map((match) => match.module.id));
  const sameFunctieAll = (index.byFunctie.get(module.functie) ?? []).filter(elsewhere);

  return {
    schakel: pick(module.schakel),
    references: pick(module.verwijzingen),
    referredBy: index.referredBy.get(module.id) ?? [],
    sameTheme: byTheme.map((match) => ({ module: match.module, themes: match.themes })),
    sameFunctie: sameFunctieAll.filter((m) => !shownByTheme.has(m.id)).slice(0, functieLimit),
    sameFunctieTotal: sameFunctieAll.length,
  };
}
