export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line in the file, when the problem has a place. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** Frontmatter field as the editor typed it, e.g. `bron.pagina`. */
  field?: string;
  message: string;
  /** Warnings are shown but do not fail the check or the build. */
  warning?: boolean;
}

export const errorsOnly = (problems: Problem[]) => problems.filter((p) => !p.warning);

export function formatCount(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Location that editors can click in a terminal: `path:line:column`. */
export function formatLocation(problem: Problem): string {
  if (problem.line === undefined) return problem.file;
  return `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''}`;
}

/** One block per file, one line per problem, then a count and what to do. */
export function formatReport(problems: Problem[]): string {
  if (problems.length === 0) return '';
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const blocks = [...byFile].map(([file, list]) => {
    const sorted = [...list].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
    const rows = sorted.map((p) => {
      const where = p.line === undefined ? '   –' : String(p.line).padStart(4);
      return `${where} | ${p.warning ? 'let op: ' : ''}${p.field ? `${p.field}: ` : ''}${p.message}  (${formatLocation(p)})`;
    });
    return `${file}\n${rows.join('\n')}`;
  });
  const errors = errorsOnly(problems).length;
  const warnings = problems.length - errors;
  const summary = errors
    ? `${formatCount(errors, 'fout', 'fouten')}${warnings ? ` en ${formatCount(warnings, 'waarschuwing', 'waarschuwingen')}` : ''} in ${formatCount(byFile.size, 'bestand', 'bestanden')}. Pas de bestanden hierboven aan en draai \`npm run check\` opnieuw.`
    : `${formatCount(warnings, 'waarschuwing', 'waarschuwingen')} in ${formatCount(byFile.size, 'bestand', 'bestanden')}. Dit houdt de bouw niet tegen, maar vul deze secties in voordat u publiceert.`;
  return `${blocks.join('\n\n')}\n\n${summary}`;
}
