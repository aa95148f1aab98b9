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

/**
 * The short link of a code also in capitals (`m/AMW08/`), as people type it from print: a page of its own on
 * every host, since not every host matches paths without regard to case. Other mixes of case are forwarded by
 * the 404 page (src/client/short-link-case.ts).
 */
export function upperCaseShortLinks(redirects: readonly Redirect[]): Redirect[] {
  return redirects
    .filter((r) => r.kind === 'code' && r.from.toUpperCase() !== r.from)
    .map((r) => ({ ...r, from: `m/${r.from.slice(2).toUpperCase()}` }));
}

/** The lines of `_redirects`: every redirect with and without its closing slash. */
export function redirectLines(redirects: readonly Redirect[], base: string): string[] {
  return redirects.flatMap((r) => [`${base}${r.from} ${base}${r.to} 301`, `${base}${r.from.slice(0, -1)} ${base}${r.to} 301`]);
}

/** The short link of every method page (`m/met06/`) to its page. */
export function methodRedirects(methods: Array<{ id: string; code: string }>): Redirect[] {
  return methods.map((data) => ({ from: shortLinkPath(data.code), to: methodPath(data.id), kind: 'code' as const }));
}
