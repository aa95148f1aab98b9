// The citation of a module as the site gives it: built here once for the module page, /koppelen/ and the open data.
import type { CitationInput } from './citation.ts';
import { formatDate, getBuildInfo } from './build-info.ts';
import { lastChanged, versionAnchor } from './history.ts';
import type { ModuleView } from './module-view.ts';
import { href, shortLinkPath } from './paths.ts';

/** The version of a module as readers see it: the date its file last changed, else the date of the build. */
export function moduleVersion(module: ModuleView): string {
  const changed = module.file ? lastChanged(module.file) : undefined;
  return formatDate(changed ?? getBuildInfo().builtAt);
}

/**
 * What citation() gets for a module: one place, so that the module page, /koppelen/ and anything else that
 * cites a module give the same text.
 */
export function moduleCitation(module: ModuleView, site: URL | string | undefined): CitationInput {
  const url = new URL(href(module.path), site).href;
  const changed = module.file ? lastChanged(module.file) : undefined;
  return {
    titel: module.data.titel,
    werksoort: module.werksoort.naam,
    bronTitel: module.bron.titel,
    pagina: module.data.bron.pagina,
    url,
    versie: moduleVersion(module),
    // The version's entry in the history on the module page (src/components/VersionHistory.astro).
    versieUrl: changed ? `${url}#${versionAnchor(changed)}` : undefined,
  };
}

export function moduleShortLink(module: ModuleView, site: URL | string | undefined): string {
  return new URL(href(shortLinkPath(module.data.code)), site).href;
}
