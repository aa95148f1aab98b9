import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { RenderedSection } from '../schema/body.ts';
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
function checkedMdxLoader(name: string, pick: (content: LoadedContent) => Array<LoadedEntry<{ id: string }, string>>, { reportWarnings }: { reportWarnings: boolean }): Loader {
  return {
    name,
    load: async ({ store, parseData, renderMarkdown, generateDigest, config, logger }) => {
      // Both collections read all content: a method links to modules, so its checks need them. The whole report
      // stops the build from whichever loader runs first; warnings are printed once, by the module loader.
      const content = loadContent({ root: fileURLToPath(config.root) });
      const { problems } = content;
      if (problems.length) {
        const report = formatReport(problems);
        if (errorsOnly(problems).length) {
          logger.error(`\n${report}`);
          throw new Error('De content bevat fouten; er is niets gebouwd. Zie de lijst hierboven, of draai `npm run check`.');
        }
        if (reportWarnings) logger.warn(`\n${report}`);
      }
      const seen = new Set<string>();
      for (const entry of pick(content)) {
        const { id } = entry.data;
        seen.add(id);
        const digest = generateDigest(entry.source);
        // Unchanged since the last build (Astro keeps its store between builds): keep what was rendered.
        if (store.get(id)?.digest === digest) continue;
        const sections: RenderedSection<string>[] = [];
        for (const { line: _line, ...section } of entry.sections) {
          const html = section.described ? weighContraIndications((await renderMarkdown(section.markdown)).html) : '';
          sections.push({ ...section, html });
        }
        const data = await parseData({ id, data: entry.frontmatter, filePath: entry.file });
        store.set({ id, data, body: entry.body, filePath: entry.file, digest, rendered: { html: '', metadata: { sections } } });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}

/** The modules (content/modules/). */
export const moduleLoader = (): Loader => checkedMdxLoader('modulewijzer:modules', (content) => content.modules, { reportWarnings: true });

/** The method and instrument pages (content/methoden/), checked and rendered exactly as modules are. */
export const methodLoader = (): Loader => checkedMdxLoader('modulewijzer:methoden', (content) => content.methods, { reportWarnings: false });
