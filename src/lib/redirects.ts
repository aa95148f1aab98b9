import { methodPath, modulePath, shortLinkPath } from './paths.ts';
import { slugify } from '../text/slugs.ts';

export interface Redirect {
  /** Site path without base, e.g. `m/amw08/`. */
  from: string;
  to: string;
  kind: 'code' | 'alias' | 'eerder-id';
}

/** Every permanent redirect: short codes, alias slugs and earlier ids, each to the module's page. */
export function moduleRedirects(modules: Array<{ id: string; code: string; aliassen: string[]; eerdereIds: string[] }>): Redirect[] {
  return modules.flatMap((data) => [
    { from: shortLinkPath(data.code), to: modulePath(data.id), kind: 'code' as const },
    ...data.aliassen.map((alias) => ({ from: shortLinkPath(slugify(alias)), to: modulePath(data.id), kind: 'alias' as const })),
    ...data.eerdereIds.map((id) => ({ from: modulePath(id), to: modulePath(data.id), kind: 'eerder-id' as const })),
  ]);
}

/** The short link of every method page (`m/met06/`) to its page. */
export function methodRedirects(methods: Array<{ id: string; code: string }>): Redirect[] {
  return methods.map((data) => ({ from: shortLinkPath(data.code), to: methodPath(data.id), kind: 'code' as const }));
}
