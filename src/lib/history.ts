import { execFileSync } from 'node:child_process';

/** One published version of a content file: every change committed on one day. */
export interface Version {
  /** The day, YYYY-MM-DD; also the anchor `#versie-<date>` that citations link to. */
  date: string;
  /** True for the version that added the file. */
  first: boolean;
  /** What changed, in the reader's words: frontmatter fields and section headings touched. */
  parts: string[];
  /** The exact lines removed and added, in order. */
  lines: Array<{ sign: '-' | '+'; text: string }>;
}

export const versionAnchor = (date: string) => `versie-${date}`;

/** The day a content file last changed, from the same single `git log` as its history; undefined without history. */
export const lastChanged = (file: string): string | undefined => fileHistory(file)?.[0]?.date;

function git(args: string[], cwd?: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 });
  } catch {
    return undefined;
  }
}

interface Change {
  commit: string;
  date: string;
  added: boolean;
  /** Per hunk: the heading or field line git names before it, and the changed lines. */
  hunks: Array<{ context: string; lines: Array<{ sign: '-' | '+'; text: string }> }>;
}

/**
 * Parses `git log -p --unified=0` for all of content/ in one run: thousands of files cost one process, not one each.
 * Returns the changes per file, newest first; undefined when there is no git history (a tarball without .git).
 */
function readChanges(dir: string, cwd?: string): Map<string, Change[]> | undefined {
  // With `*.mdx diff=mdx` in .gitattributes, this pattern makes git name the nearest heading or field before
  // each change in its @@ line: no second git call per version to find out what changed.
  const log = git(['-c', 'diff.mdx.xfuncname=^(## .*|[A-Za-z]+:.*)$', 'log', '-p', '--unified=0', '--no-color', '--no-renames', '--format=%x01%h %cs', '--', dir], cwd);
  if (log === undefined || !log.trim()) return undefined;
  const changes = new Map<string, Change[]>();
  let commit = '';
  let date = '';
  let current: Change | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('\x01')) {
      [commit, date] = line.slice(1).split(' ');
      current = undefined;
    } else if (line.startsWith('diff --git ')) {
      const file = /^diff --git a\/(.+) b\//.exec(line)?.[1] ?? '';
      current = { commit, date, added: false, hunks: [] };
      changes.set(file, [...(changes.get(file) ?? []), current]);
    } else if (!current) {
      continue;
    } else if (line.startsWith('new file mode')) {
      current.added = true;
    } else if (line.startsWith('@@')) {
      current.hunks.push({ context: /^@@ [^@]* @@ ?(.*)$/.exec(line)?.[1] ?? '', lines: [] });
    } else if ((line.startsWith('+') && !line.startsWith('+++')) || (line.startsWith('-') && !line.startsWith('---'))) {
      current.hunks.at(-1)?.lines.push({ sign: line[0] as '-' | '+', text: line.slice(1) });
    }
  }
  return changes;
}

const partPattern = /^(## .*|[A-Za-z]+:)/;
const partName = (match: string) => (match.startsWith('## ') ? match.slice(3).trim() : match.slice(0, -1));

/**
 * The fields and sections a hunk changed: a changed line that is itself a field or heading names its part, and
 * the lines after it belong to it; lines before any such line belong to the part git names before the hunk.
 */
function partsOfHunk(hunk: Change['hunks'][number]): string[] {
  const parts: string[] = [];
  let current = partPattern.exec(hunk.context)?.[1];
  for (const line of hunk.lines) {
    current = partPattern.exec(line.text)?.[1] ?? current;
    parts.push(current ? partName(current) : 'tekst');
  }
  return parts;
}

const cache = new Map<string, Map<string, Change[]> | undefined>();

/**
 * The published versions of a content file (path relative to the repository), newest first; undefined when the
 * build has no git history. `cwd` is the repository, the current directory by default.
 */
export function fileHistory(file: string, options: { dir?: string; cwd?: string } = {}): Version[] | undefined {
  const key = `${options.cwd ?? ''}|${options.dir ?? 'content'}`;
  if (!cache.has(key)) cache.set(key, readChanges(options.dir ?? 'content', options.cwd));
  const changes = cache.get(key);
  if (!changes) return undefined;
  const byDay = new Map<string, Change[]>();
  for (const change of changes.get(file) ?? []) byDay.set(change.date, [...(byDay.get(change.date) ?? []), change]);
  return [...byDay].map(([date, changes]) => {
    const first = changes.some((change) => change.added);
    // Changes of one day, oldest first, so the lines read in the order they were made.
    const ordered = [...changes].reverse();
    const parts = first ? [] : [...new Set(ordered.flatMap((change) => change.hunks.flatMap(partsOfHunk)))];
    return { date, first, parts, lines: first ? [] : ordered.flatMap((change) => change.hunks.flatMap((h) => h.lines)) };
  });
}
