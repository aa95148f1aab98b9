/** The configured base path (`BASE_PATH`), always ending in a slash. */
export function basePath(): string {
  // Vite replaces `import.meta.env.BASE_URL` textually at build time; plain Node (scripts, tests) has no import.meta.env.
  const base = typeof import.meta.env === 'object' && import.meta.env.BASE_URL ? import.meta.env.BASE_URL : '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** A site path under the base path: `href('modules/amw-intake/')` → `/modulewijzer/modules/amw-intake/`. */
export function href(path: string): string {
  return `${basePath()}${path.replace(/^\//, '')}`;
}

export const modulePath = (id: string) => `modules/${id}/`;
export const methodPath = (id: string) => `methoden/${id}/`;
/** A background page from content/paginas/, e.g. `over/indicaties-groepswerk/`. */
export const pagePath = (slug: string) => `over/${slug}/`;
/** The short link of a module code or alias slug: `m/amw02/`. */
export const shortLinkPath = (slug: string) => `m/${slug}/`;
export const werksoortPath = (id: string) => `werksoort/${id}/`;
export const functiePath = (id: string) => `functie/#${id}`;
export const typePath = (id: string) => `type/#type-${id}`;
export const comparePath = (a: string, b: string) => `vergelijk/${a}--${b}/`;
