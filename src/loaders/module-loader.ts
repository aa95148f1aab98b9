import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { RenderedSection } from '../schema/body.ts';
import { join } from 'node:path';
import { loadBegrippen } from '../schema/begrippen.ts';
import { loadContent } from '../schema/load-content.ts';
import { errorsOnly, formatReport } from '../schema/report.ts';
import { weighContraIndications } from '../lib/contra-indications.ts';

/**
 * Loads the modules into Astro's content store. It runs the same checks as `npm run check` (one MDX parse per file),
 * and stops the build with the editor's report when any fails, before a single page is written. Each section is
 * rendered once, by Astro's own Markdown renderer (`renderMarkdown`, with the site's Markdown settings): module
 * page, comparison, print set and open data all place this same HTML, so a section cannot look different in two places.
 *
 * Why not Astro's glob loader for `.mdx`: it turns every file into a JavaScript module that Vite compiles and
 * bundles, which at 10,000 modules was most of the build's time and memory. A module body is Markdown plus
 * `<NietInBron />` (the checker refuses everything else MDX would run), so there is nothing to compile.
 */
export function moduleLoader(): Loader {
  const sync = async ({ store, parseData, renderMarkdown, generateDigest, config, logger }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const content = loadContent({ root });
      // The terms file explains the site's words, not the modules, so loadContent leaves it to its own check.
      const problems = [...content.problems, ...loadBegrippen(join(root, 'content', 'taxonomie'), root).problems];
      const { modules } = content;
      if (problems.length) {
        const report = formatReport(problems);
        if (errorsOnly(problems).length) {
          logger.error(`\n${report}`);
          throw new Error('De content bevat fouten; er is niets gebouwd. Zie de lijst hierboven, of draai `npm run check`.');
        }
        logger.warn(`\n${report}`);
      }
      const seen = new Set<string>();
      for (const module of modules) {
        const { id } = module.data;
        seen.add(id);
        const digest = generateDigest(module.source);
        // Unchanged since the last build (Astro keeps its store between builds): keep what was rendered.
        if (store.get(id)?.digest === digest) continue;
        const sections: RenderedSection[] = [];
        for (const { line: _line, ...section } of module.sections) {
          const html = section.described ? weighContraIndications((await renderMarkdown(section.markdown)).html) : '';
          sections.push({ ...section, html });
        }
        const data = await parseData({ id, data: module.frontmatter, filePath: module.file });
        store.set({ id, data, body: module.body, filePath: module.file, digest, rendered: { html: '', metadata: { sections } } });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  };
  return {
    name: 'modulewijzer:modules',
    load: async (context) => {
      await sync(context);
      // `npm run dev`: check and render again when an editor saves, adds or removes a module or a taxonomy file.
      const dir = fileURLToPath(new URL('content/', context.config.root));
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir) && /\.(mdx|ya?ml)$/.test(path)) sync(context).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}
