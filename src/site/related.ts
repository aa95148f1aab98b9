import { relationIds } from '../schema/relation.ts';
import { buildRelatedIndex, relatedModules, type RelatableModule, type RelatedIndex, type RelatedModules } from '../lib/related-modules.ts';
import type { ModuleView } from '../lib/module-view.ts';
import { getModules } from './modules.ts';
import { getThesaurus } from './search.ts';

type Relatable = RelatableModule & { view: ModuleView };

let index: Promise<RelatedIndex<Relatable>> | undefined;
function getRelatedIndex(): Promise<RelatedIndex<Relatable>> {
  index ??= Promise.all([getModules(), getThesaurus()]).then(([modules, thesaurus]) =>
    buildRelatedIndex(
      modules.map((view) => ({ id: view.data.id, werksoort: view.data.werksoort, functie: view.data.functie, schakel: relationIds(view.data.schakel), verwijzingen: relationIds(view.data.verwijzingen), trefwoorden: view.data.trefwoorden, view })),
      thesaurus,
    ),
  );
  return index;
}

/** The related-module groups of one module page, with each module as its view. */
export async function getRelated(id: string): Promise<RelatedModules<ModuleView> & { sameTheme: Array<{ module: ModuleView; themes: string[] }> }> {
  const related = await getRelatedIndex();
  const found = relatedModules(related.byId.get(id)!, related);
  const view = (m: Relatable) => m.view;
  return {
    schakel: found.schakel.map(view),
    references: found.references.map(view),
    referredBy: found.referredBy.map(view),
    sameTheme: found.sameTheme.map((match) => ({ module: match.module.view, themes: match.themes })),
    sameFunctie: found.sameFunctie.map(view),
    sameFunctieTotal: found.sameFunctieTotal,
  };
}
