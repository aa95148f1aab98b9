import type { AstroIntegration } from 'astro';
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
        const { problems } = loadContent();
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
