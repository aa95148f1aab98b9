import type { AstroIntegration } from 'astro';

/** Warns when a production build would write localhost into permanent links, citations and the sitemap. */
export function siteUrlWarning(): AstroIntegration {
  return {
    name: 'modulewijzer:site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build' && !process.env.SITE_URL) {
          logger.warn('SITE_URL is niet ingesteld: permanente links, citaten en de sitemap wijzen naar http://localhost:4321. Stel SITE_URL (en zo nodig BASE_PATH) in voordat u publiceert; zie de README.');
        }
      },
    },
  };
}
