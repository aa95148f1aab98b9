// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteUrlWarning } from './src/integrations/site-url.ts';
import { hostFiles } from './src/integrations/host-files.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  // The tests build a second copy under a base path next to the normal one.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  integrations: [siteUrlWarning(), mdx(), hostFiles()],
  // One cached stylesheet instead of the same CSS inlined in every page; it also keeps a strict style-src possible.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline a script into the HTML: the Content-Security-Policy forbids inline scripts.
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro's MDX output carries a "use astro:head-inject" directive that Rolldown warns about once per file;
          // it is harmless for a static build and would bury real warnings.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
