import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../schema/load-content.ts';
import { slugify } from '../text/slugs.ts';
import { readManifest } from './url-manifest.ts';

export interface UsedIdentities {
  ids: Set<string>;
  codes: Set<string>;
}

/** Ids and codes are never reused: not those of current modules, not earlier ids, not any URL ever published. */
export function usedIdentities(modulesDir: string, manifest: string[] = readManifest()): UsedIdentities {
  const { modules } = existsSync(modulesDir) ? loadContent({ modulesDir }) : { modules: [] };
  return {
    ids: new Set([...modules.flatMap((m) => [m.data.id, ...m.data.eerdereIds]), ...manifest.filter((p) => p.startsWith('/modules/')).map((p) => p.split('/')[2])]),
    codes: new Set([...modules.map((m) => m.data.code), ...manifest.filter((p) => p.startsWith('/m/')).map((p) => p.split('/')[2])]),
  };
}

/** A free permanent id (`<werksoort>-<titel-als-slug>`, with -2, -3 … if taken) and the lowest free code (`amw23`). */
export function freeIdentity(werksoort: string, titel: string, used: UsedIdentities): { id: string; code: string } {
  const slug = slugify(titel);
  let id = `${werksoort}-${slug}`;
  for (let n = 2; used.ids.has(id); n++) id = `${werksoort}-${slug}-${n}`;
  let number = 1;
  while (used.codes.has(`${werksoort}${String(number).padStart(2, '0')}`)) number++;
  return { id, code: `${werksoort}${String(number).padStart(2, '0')}` };
}

/** Where a new module with this id is written: `<modules>/<werksoort>/<id without werksoort>.mdx`. */
export function newModuleFile(modulesDir: string, werksoort: string, id: string): string {
  return join(modulesDir, werksoort, `${id.slice(werksoort.length + 1)}.mdx`);
}

/** Ids and codes of method pages ever used: current pages and every published `/methoden/<id>/` and `/m/<code>/`. */
export function usedMethodIdentities(methodsDir: string, manifest: string[] = readManifest()): UsedIdentities {
  const { methods } = existsSync(methodsDir) ? loadContent({ modulesDir: [], methodsDir }) : { methods: [] };
  return {
    ids: new Set([...methods.map((m) => m.data.id), ...manifest.filter((p) => p.startsWith('/methoden/')).map((p) => p.split('/')[2]).filter(Boolean)]),
    codes: new Set([...methods.map((m) => m.data.code), ...manifest.filter((p) => p.startsWith('/m/')).map((p) => p.split('/')[2])]),
  };
}

/** A free permanent id for a method page (the title as a slug, with -2, -3 … if taken) and the lowest free code (`met25`). */
export function freeMethodIdentity(titel: string, used: UsedIdentities): { id: string; code: string } {
  const slug = slugify(titel);
  let id = slug;
  for (let n = 2; used.ids.has(id); n++) id = `${slug}-${n}`;
  let number = 1;
  while (used.codes.has(`met${String(number).padStart(2, '0')}`)) number++;
  return { id, code: `met${String(number).padStart(2, '0')}` };
}
