import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { moduleRedirects } from '../lib/redirects.ts';
import { securityHeaders } from '../lib/security.ts';
import { loadContent } from '../schema/load-content.ts';

/**
 * Writes `_redirects` and `_headers` for static hosts that read them (Netlify, Cloudflare Pages and others),
 * so short links, aliases and earlier ids answer with a real 301 there; elsewhere the redirect pages do the work.
 */
export function hostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'modulewijzer:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const { modules } = loadContent();
        const lines = moduleRedirects(modules).flatMap((r) => [`${base}${r.from} ${base}${r.to} 301`, `${base}${r.from.slice(0, -1)} ${base}${r.to} 301`]);
        writeFileSync(new URL('_redirects', dir), `${lines.join('\n')}\n`);
        const headers = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
        writeFileSync(new URL('_headers', dir), `${base}*\n${headers.join('\n')}\n`);
      },
    },
  };
}
