import { execFileSync } from 'node:child_process';

export const basePathBuild = { outDir: 'dist-base', base: '/modulewijzer/', site: 'https://www.gemeente.nl' };

function build(env: Record<string, string>) {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
}

/**
 * Builds the site once into dist/ (as `npm run build` does) and once more as a municipality would host it,
 * under a base path with its own address, into dist-base/. SKIP_BUILD=1 reuses both when they are fresh.
 */
export default function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  build({});
  build({ OUT_DIR: basePathBuild.outDir, BASE_PATH: basePathBuild.base, SITE_URL: basePathBuild.site });
}
