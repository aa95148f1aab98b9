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

let changes: Map<string, string> | undefined;
/**
 * The date a content file last changed in git history, or undefined when git has no history for it.
 * One `git log` for all of content/ instead of one per module keeps this cheap with thousands of modules.
 */
export function lastChanged(file: string): string | undefined {
  if (!changes) {
    changes = new Map();
    let date = '';
    for (const line of (git(['log', '--format=@%cs', '--name-only', '--', 'content']) ?? '').split('\n')) {
      if (line.startsWith('@')) date = line.slice(1);
      else if (line && !changes.has(line)) changes.set(line, date);
    }
  }
  return changes.get(file);
}

// Creating a DateTimeFormat is slow (a locale lookup each time); every page formats a date, so make it once.
const dutchDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

export function formatDate(iso: string): string {
  return dutchDate.format(new Date(iso));
}
