import type { AstroIntegration } from 'astro';
import { loadBegrippen } from '../schema/begrippen.ts';
import { loadContent } from '../schema/load-content.ts';
import { errorsOnly, formatReport } from '../schema/report.ts';

/**
 * Runs the same checks as `npm run check` before Astro builds anything, so that a build
 * never publishes a half-valid collection. Astro's own schema error names only the first issue.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'modulewijzer:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build' && !process.env.SITE_URL) {
          logger.warn('SITE_URL is niet ingesteld: permanente links, citaten en de sitemap wijzen naar http://localhost:4321. Stel SITE_URL (en zo nodig BASE_PATH) in voordat u publiceert; zie de README.');
        }
        // The terms file is checked here rather than in loadContent: it explains the site's words, not the modules.
        const problems = [...loadContent().problems, ...loadBegrippen().problems];
        if (!problems.length) return;
        const report = formatReport(problems);
        if (command === 'build' && errorsOnly(problems).length) {
          logger.error(`\n${report}`);
          throw new Error('De content bevat fouten; er is niets gebouwd. Zie de lijst hierboven.');
        }
        logger.warn(`\n${report}`);
      },
    },
  };
}
