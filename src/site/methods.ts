import { getCollection } from 'astro:content';
import { methodsByModule, sortMethods, toMethodView, type MethodLink, type MethodView } from '../lib/method-view.ts';
import type { RenderedSection } from '../schema/body.ts';
import { loadNamedOnly, namedOnlyFileName } from '../schema/load-content.ts';
import type { NamedOnly } from '../schema/method.ts';
import type { MethodSectionKey } from '../schema/sections.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { taxonomy } from './modules.ts';

let cached: Promise<MethodView[]> | undefined;
/** Every method and instrument page as a view, in source order; loaded once per build. */
export function getMethods(): Promise<MethodView[]> {
  cached ??= getCollection('methoden').then((entries) =>
    sortMethods(entries.map((entry) => toMethodView(entry.data, (entry.rendered?.metadata?.sections ?? []) as RenderedSection<MethodSectionKey>[], taxonomy, entry.filePath))),
  );
  return cached;
}

export interface MethodIndex {
  byId: Map<string, MethodView>;
  /** For each module id: the methods that name it, with the provenance of the link. */
  byModule: Map<string, MethodLink[]>;
}

let index: Promise<MethodIndex> | undefined;
export function getMethodIndex(): Promise<MethodIndex> {
  index ??= getMethods().then((methods) => ({ byId: new Map(methods.map((m) => [m.data.id, m])), byModule: methodsByModule(methods) }));
  return index;
}

let named: NamedOnly[] | undefined;
/** The names the sources only mention; the content loader has already checked the file and stopped the build on a problem. */
export function getNamedOnly(): NamedOnly[] {
  const path = join(process.cwd(), 'content', 'methoden', namedOnlyFileName);
  // A site without method pages (the benchmark's synthetic content) has no such file.
  named ??= existsSync(path) ? loadNamedOnly(path, process.cwd(), taxonomy).names : [];
  return named;
}
