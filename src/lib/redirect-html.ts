import { redirectPagePolicy } from './security.ts';
import { fitTitle } from './page-title.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A static redirect page that works on any host: meta refresh for browsers, a canonical link for search engines
 * and a plain link for everyone else. Hosts that read _redirects answer with a real 301 before this is reached.
 * Written as plain files after the build: thousands of short links would otherwise each cost an Astro route.
 */
export function redirectHtml(options: { target: string; canonical: string; title: string }): string {
  const target = escapeHtml(options.target);
  const title = escapeHtml(options.title);
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${escapeHtml(redirectPagePolicy)}"><title>${escapeHtml(fitTitle(`Doorverwijzing naar ${options.title}`))}</title><meta http-equiv="refresh" content="0; url=${target}"><meta name="robots" content="noindex"><link rel="canonical" href="${escapeHtml(options.canonical)}"></head><body><main><p>Deze module staat op <a href="${target}">${title}</a>.</p></main></body></html>\n`;
}
