import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { redirectHtml } from '../lib/redirect-html.ts';
import { methodRedirects, moduleRedirects, redirectLines, upperCaseShortLinks } from '../lib/redirects.ts';
import { immutableCacheControl, immutablePaths, securityHeaders } from '../lib/security.ts';
import type { MethodRecord, OpenDataRecord } from '../schema/open-data.ts';

/**
 * After the build: a redirect page for every short code, alias and earlier id, and `_redirects` and `_headers`
 * for static hosts that read them (Netlify, Cloudflare Pages and others), where the redirects become real 301s.
 */
export function hostFiles(): AstroIntegration {
  let base = '/';
  let site = 'http://localhost:4321';
  return {
    name: 'modulewijzer:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ?? site;
      },
      'astro:build:done': ({ dir }) => {
        // The open data written by this build holds every code, alias and earlier id: no second read of the content.
        const records = JSON.parse(readFileSync(new URL('data/modules.json', dir), 'utf8')) as OpenDataRecord[];
        const methods = JSON.parse(readFileSync(new URL('data/methoden.json', dir), 'utf8')) as MethodRecord[];
        const titles = new Map<string, string>([...records.map((r) => [`modules/${r.id}/`, r.titel] as const), ...methods.map((r) => [`methoden/${r.id}/`, r.titel] as const)]);
        const redirects = [...moduleRedirects(records), ...methodRedirects(methods)];
        const upperCase = upperCaseShortLinks(redirects);
        for (const redirect of [...redirects, ...upperCase]) {
          const folder = new URL(redirect.from, dir);
          mkdirSync(folder, { recursive: true });
          const target = `${base}${redirect.to}`;
          writeFileSync(new URL('index.html', folder), redirectHtml({ target, canonical: new URL(target, site).href, title: titles.get(redirect.to) ?? redirect.to }));
        }
        const lines = redirectLines([...redirects, ...upperCase], base);
        writeFileSync(new URL('_redirects', dir), `${lines.join('\n')}\n`);
        const headers = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
        const caching = immutablePaths.map((path) => `${base}${path}\n  Cache-Control: ${immutableCacheControl}`);
        writeFileSync(new URL('_headers', dir), `${base}*\n${headers.join('\n')}\n${caching.join('\n')}\n`);
      },
    },
  };
}
