import { execFileSync } from 'node:child_process';

/** Builds the site once into dist/ (as `npm run build` does), unless SKIP_BUILD=1 says dist/ is fresh. */
export default function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
