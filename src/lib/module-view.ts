import type { RenderedSection } from '../schema/body.ts';
import type { ModuleData } from '../schema/module.ts';
import { allFuncties, type Bron, type Functie, type Functiegroep, type ModuleType, type Taxonomy, type Werksoort } from '../schema/taxonomy.ts';
import { modulePath } from './paths.ts';

/** A module with its taxonomy entries resolved: what pages, search and open data need. */
export interface ModuleView {
  data: ModuleData;
  path: string;
  werksoort: Werksoort;
  functie: Functie;
  functiegroep: Functiegroep;
  type?: ModuleType;
  bron: Bron;
  /** The standard sections in order, each rendered once by the content loader. */
  sections: RenderedSection[];
  /** The module's file relative to the project root, for its version date. */
  file?: string;
}

export function toModuleView(data: ModuleData, sections: RenderedSection[], taxonomy: Taxonomy, file?: string): ModuleView {
  const functie = allFuncties(taxonomy).find((f) => f.id === data.functie);
  const werksoort = taxonomy.werksoorten.find((w) => w.id === data.werksoort);
  const bron = taxonomy.bronnen.find((b) => b.id === data.bron.document);
  if (!functie || !werksoort || !bron) {
    // The schema has already checked these ids; reaching this line means the two disagree.
    throw new Error(`Module ${data.id} verwijst naar een onbekende werksoort, functie of bron terwijl de schemacontrole slaagde. Dit kan niet gebeuren: meld het bij het Modulewijzer-team.`);
  }
  const { groep, ...functieOnly } = functie;
  return {
    data,
    path: modulePath(data.id),
    werksoort,
    functie: functieOnly,
    functiegroep: groep,
    type: taxonomy.types.find((t) => t.id === data.type),
    bron,
    sections,
    file,
  };
}

/** Source order: by werksoort as listed, then functie as listed, then page in the source. */
export function sortModules(modules: ModuleView[], taxonomy: Taxonomy): ModuleView[] {
  const werksoortOrder = new Map(taxonomy.werksoorten.map((w, i) => [w.id, i]));
  const functieOrder = new Map(allFuncties(taxonomy).map((f, i) => [f.id, i]));
  return [...modules].sort(
    (a, b) =>
      werksoortOrder.get(a.data.werksoort)! - werksoortOrder.get(b.data.werksoort)! ||
      functieOrder.get(a.data.functie)! - functieOrder.get(b.data.functie)! ||
      a.data.bron.pagina - b.data.bron.pagina ||
      a.data.titel.localeCompare(b.data.titel, 'nl'),
  );
}

/**
 * How a type reads on a module page, e.g. "Type a: algemene modules waarbij werk een thema kan zijn". The module
 * page indexes this text as the search filter value, so the search page must offer exactly the same text.
 */
export function typeLabel(type: Pick<ModuleType, 'naam' | 'titel'>): string {
  return `${type.naam}: ${type.titel.toLowerCase()}`;
}
