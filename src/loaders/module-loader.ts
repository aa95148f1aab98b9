import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { RenderedSection } from '../schema/body.ts';
import { loadBegrippen } from '../schema/begrippen.ts';
import { loadContent, type LoadedContent } from '../schema/load-content.ts';
import type { LoadedEntry } from '../schema/loaded-module.ts';
import { errorsOnly, formatReport } from '../schema/report.ts';
import { weighContraIndications } from '../lib/contra-indications.ts';

/**
 * Loads checked MDX entries (modules, or method pages) into Astro's content store. It runs the same checks as
 * `npm run check` (one MDX parse per file), and stops the build with the editor's report when any fails, before a
 * single page is written. Each section is rendered once, by Astro's own Markdown renderer (`renderMarkdown`, with
 * the site's Markdown settings): module page, comparison, print set and open data all place this same HTML, so a
 * section cannot look different in two places. Both collections use this one loader; `pick` chooses which entries.
 *
 * Why not Astro's glob loader for `.mdx`: it turns every file into a JavaScript module that Vite compiles and
 * bundles, which at 10,000 modules was most of the build's time and memory. A module body is Markdown plus
 * `<NietInBron />` (the checker refuses everything else MDX would run), so there is nothing to compile.
 */

const moduleLoaderName = 'modulewijzer:modules';
const methodLoaderName = 'modulewijzer:methoden';

// Both collections need all content (a method links to modules, so its checks need them); one read serves both
// loaders of a build. It is let go once both have stored their entries: the store holds what pages need, and
// keeping every checked file (source, body, sections) for the rest of a build of 10,000 modules costs memory.
// `npm run dev` reads again when an editor saves a file.
let checked: { root: string; content?: LoadedContent; waiting: Set<string>; report?: string; failed: boolean } | undefined;

function checkedContent(root: string, logger: LoaderContext['logger']): LoadedContent {
  if (checked?.root !== root || !checked.content) {
    const content = loadContent({ root });
    // The terms file explains the site's words, not the modules, so loadContent leaves it to its own check.
    const problems = [...content.problems, ...loadBegrippen(join(root, 'content', 'taxonomie'), root).problems];
    checked = { root, content, waiting: new Set([moduleLoaderName, methodLoaderName]), report: problems.length ? formatReport(problems) : undefined, failed: errorsOnly(problems).length > 0 };
    if (checked.report) (checked.failed ? logger.error : logger.warn).call(logger, `\n${checked.report}`);
  }
  if (checked.failed) throw new Error('De content bevat fouten; er is niets gebouwd. Zie de lijst hierboven, of draai `npm run check`.');
  return checked.content!;
}

/** Marks that one loader has stored its entries; the checked content goes when no loader still needs it. */
function doneWith(name: string) {
  checked?.waiting.delete(name);
  if (checked?.waiting.size === 0) checked.content = undefined;
}

/**
 * The HTML of each section, in order. The body is rendered in one call and cut at its level-2 headings (the
 * checker allows no other headings), which costs a fraction of one call per section; should the number of
 * headings ever differ from the sections, each section is rendered on its own.
 */
async function renderSections(entry: LoadedEntry<{ id: string }, string>, renderMarkdown: LoaderContext['renderMarkdown']): Promise<string[]> {
  const { html } = await renderMarkdown(entry.body);
  const parts = html.split(/(?=<h2[\s>])/).filter((part) => part.startsWith('<h2'));
  if (parts.length === entry.sections.length) return parts.map((part) => part.replace(/^<h2[^>]*>[\s\S]*?<\/h2>/, '').trim());
  return Promise.all(entry.sections.map(async (section) => (await renderMarkdown(section.markdown)).html));
}

// Part of each digest: raise it when what the loader stores changes, so a kept store is rendered again.
const storedShape = 'sections-html-2';

function checkedMdxLoader(name: string, pick: (content: LoadedContent) => Array<LoadedEntry<{ id: string }, string>>): Loader {
  const sync = async ({ store, parseData, renderMarkdown, generateDigest, config, logger }: LoaderContext) => {
    const content = checkedContent(fileURLToPath(config.root), logger);
    const seen = new Set<string>();
    for (const entry of pick(content)) {
      const { id } = entry.data;
      seen.add(id);
      const digest = generateDigest(`${storedShape}\n${entry.source}`);
      // Unchanged since the last build (Astro keeps its store between builds): keep what was rendered.
      if (store.get(id)?.digest === digest) continue;
      const bodies = await renderSections(entry, renderMarkdown);
      const sections: RenderedSection<string>[] = entry.sections.map(({ line: _line, markdown: _markdown, ...section }, i) => ({ ...section, html: section.described ? weighContraIndications(bodies[i]) : '' }));
      const data = await parseData({ id, data: entry.frontmatter, filePath: entry.file });
      // No `body`: pages use the rendered sections, and every byte stored here is bundled into the build.
      store.set({ id, data, filePath: entry.file, digest, rendered: { html: '', metadata: { sections } } });
    }
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    doneWith(name);
  };
  return {
    name,
    load: async (context) => {
      await sync(context);
      // `npm run dev`: check and render again when an editor saves, adds or removes a content or taxonomy file.
      const dir = fileURLToPath(new URL('content/', context.config.root));
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(dir) || !/\.(mdx|ya?ml)$/.test(path)) return;
        checked = undefined;
        sync(context).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}

/** The modules (content/modules/). */
export const moduleLoader = (): Loader => checkedMdxLoader(moduleLoaderName, (content) => content.modules);

/** The method and instrument pages (content/methoden/), checked and rendered exactly as modules are. */
export const methodLoader = (): Loader => checkedMdxLoader(methodLoaderName, (content) => content.methods);
