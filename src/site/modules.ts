import { getCollection } from 'astro:content';
import { comparePairs, pairKey } from '../lib/compare.ts';
import { sortModules, toModuleView, type ModuleView } from '../lib/module-view.ts';
import type { RenderedSection } from '../schema/body.ts';
import { getTaxonomy } from '../schema/taxonomy.ts';

export const taxonomy = getTaxonomy();

let cached: Promise<ModuleView[]> | undefined;
/** Every module as a view, in source order; loaded once per build. */
export function getModules(): Promise<ModuleView[]> {
  cached ??= getCollection('modules').then((entries) =>
    sortModules(
      entries.map((entry) => toModuleView(entry.data, (entry.rendered?.metadata?.sections ?? []) as RenderedSection[], taxonomy, entry.filePath)),
      taxonomy,
    ),
  );
  return cached;
}

export interface ModuleIndex {
  byId: Map<string, ModuleView>;
  /** Modules that name a given id in their verwijzingen. */
  referredBy: Map<string, ModuleView[]>;
  byFunctie: Map<string, ModuleView[]>;
  /** Pair keys (`a--b`) that have a pre-built compare page. */
  prebuiltPairs: Set<string>;
}

let index: Promise<ModuleIndex> | undefined;
/** Lookups built once, so that a module page costs the same whether there are 60 modules or 10,000. */
export function getModuleIndex(): Promise<ModuleIndex> {
  index ??= getModules().then((modules) => {
    const referredBy = new Map<string, ModuleView[]>();
    const byFunctie = new Map<string, ModuleView[]>();
    for (const module of modules) {
      for (const { id } of module.data.verwijzingen) referredBy.set(id, [...(referredBy.get(id) ?? []), module]);
      byFunctie.set(module.data.functie, [...(byFunctie.get(module.data.functie) ?? []), module]);
    }
    return {
      byId: new Map(modules.map((m) => [m.data.id, m])),
      referredBy,
      byFunctie,
      prebuiltPairs: new Set(comparePairs(modules, taxonomy.werksoorten.map((w) => w.id)).map((p) => pairKey(p.a.data.id, p.b.data.id))),
    };
  });
  return index;
}
