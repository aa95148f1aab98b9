import { getCollection } from 'astro:content';
import { sortModules, toModuleView, type ModuleView } from '../lib/module-view.ts';
import { getTaxonomy } from '../schema/taxonomy.ts';

export const taxonomy = getTaxonomy();

let cached: Promise<ModuleView[]> | undefined;
/** Every module as a view, in source order; loaded once per build. */
export function getModules(): Promise<ModuleView[]> {
  cached ??= getCollection('modules').then((entries) =>
    sortModules(
      entries.map((entry) => toModuleView(entry.data, entry.body ?? '', taxonomy)),
      taxonomy,
    ),
  );
  return cached;
}

export async function getModuleMap(): Promise<Map<string, ModuleView>> {
  return new Map((await getModules()).map((m) => [m.data.id, m]));
}
