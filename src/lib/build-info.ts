import { execFileSync } from 'node:child_process';

export interface BuildInfo {
  /** When the site was built, ISO 8601. */
  builtAt: string;
  /** Short git commit of the content, or undefined outside a git checkout. */
  commit?: string;
}

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

let cached: BuildInfo | undefined;
export function getBuildInfo(): BuildInfo {
  cached ??= { builtAt: new Date().toISOString(), commit: git(['rev-parse', '--short', 'HEAD']) };
  return cached;
}

// Creating a DateTimeFormat is slow (a locale lookup each time); every page formats a date, so make it once.
const dutchDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

export function formatDate(iso: string): string {
  return dutchDate.format(new Date(iso));
}
