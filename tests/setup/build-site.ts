import { execFileSync } from 'node:child_process';
import { ensureChromium } from '../helpers/browser.ts';

export const basePathBuild = { outDir: 'dist-base', base: '/modulewijzer/', site: 'https://www.gemeente.nl' };

/** The environment a person's shell would have: Vitest sets BASE_URL, MODE, NODE_ENV=test and more, and Vite in the build would read them. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST') || key.startsWith('VITE_')) delete env[key];
  }
  return env;
}

function build(env: Record<string, string>) {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env } });
}

/**
 * Builds the site once into dist/ (as `npm run build` does) and once more as a municipality would host it,
 * under a base path with its own address, into dist-base/. SKIP_BUILD=1 reuses both when they are fresh.
 */
export default function setup() {
  // Find (or, as root, install) Chromium before anything else, so a missing browser is said once and early.
  ensureChromium();
  if (process.env.SKIP_BUILD === '1') return;
  build({});
  build({ OUT_DIR: basePathBuild.outDir, BASE_PATH: basePathBuild.base, SITE_URL: basePathBuild.site });
}
