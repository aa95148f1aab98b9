import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { readSections } from './body.ts';
import { checkSafety } from './safety.ts';
import { placeholderPrefix } from './sections.ts';
import { checkCollection } from './collection.ts';
import type { LoadedModule } from './loaded-module.ts';
import { explainSyntaxError, parseMdx } from './mdx-source.ts';
import { createModuleSchema } from './module.ts';
import type { Problem } from './report.ts';
import { loadTaxonomy, TaxonomyError, type Taxonomy } from './taxonomy.ts';
import { loadThesaurus, type ThesaurusEntry } from './thesaurus.ts';

export type { LoadedModule } from './loaded-module.ts';

/** Every `.mdx` file below `dir`, skipping files and folders whose name starts with `_` (drafts). */
export function findModuleFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...findModuleFiles(path));
    else if (entry.name.endsWith('.mdx')) files.push(path);
  }
  return files.sort();
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file as UTF-8, accepting a byte-order mark and Windows line endings as normal. */
export function decodeModuleText(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    return undefined;
  }
}

function lineFinder(doc: Document, counter: LineCounter, firstLine: number) {
  return (path: PropertyKey[]): number | undefined => {
    const node = doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
    // A missing list item or key: point at the nearest parent that exists only if it is a collection.
    if (path.length > 1) {
      const parent = doc.getIn(path.slice(0, -1) as unknown[], true);
      if ((isSeq(parent) || isMap(parent)) && parent.range && doc.hasIn(path.slice(0, -1) as unknown[])) {
        if (typeof path[path.length - 1] === 'number') return counter.linePos(parent.range[0]).line + firstLine - 1;
      }
    }
    return undefined;
  };
}

export function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), '');
}

/** Parses one module file; returns the module when it is valid, and every problem found. */
export function loadModuleText(file: string, text: string, schema: ReturnType<typeof createModuleSchema>): { module?: LoadedModule; problems: Problem[] } {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  if (lines[0].trim() !== '---') {
    return { problems: [{ file, line: 1, message: 'de frontmatter ontbreekt. Begin het bestand met een regel `---`, dan de velden, dan weer `---`.' }] };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close === -1) {
    return { problems: [{ file, line: 1, message: 'de frontmatter wordt niet afgesloten. Zet een regel `---` na het laatste veld.' }] };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const firstLine = 2;
  if (doc.errors.length) {
    // Only the first YAML error: the ones after it are nearly always its consequences.
    for (const error of doc.errors.slice(0, 1)) {
      const pos = counter.linePos(error.pos[0]);
      problems.push({
        file,
        line: pos.line + firstLine - 1,
        column: pos.col,
        message: `de frontmatter is geen geldige YAML (${error.code}): ${error.message.split('\n')[0]} Controleer inspringing, dubbele punten en aanhalingstekens op deze regel.`,
      });
    }
    return { problems };
  }
  const lineOf = lineFinder(doc, counter, firstLine);
  const frontmatter = (doc.toJS() ?? {}) as Record<string, unknown>;
  const result = schema.safeParse(frontmatter);
  const body = lines.slice(close + 1).join('\n');
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file, line: lineOf(issue.path), field: fieldName(issue.path) || undefined, message: issue.message });
    }
  }
  // One parse of the whole file by the compiler's own parser: lines and columns are those of the file.
  const parsed = parseMdx(text);
  if (parsed.error) {
    const { line, column } = parsed.error;
    problems.push({ file, line, column, message: explainSyntaxError(parsed.error, lines[line - 1] ?? '') });
    return { problems };
  }
  for (const problem of checkSafety(parsed.tree)) problems.push({ file, ...problem });
  const type = result.success ? result.data.type : (doc.get('type') as string | undefined);
  const { sections, problems: bodyProblems } = readSections(parsed.tree, text, type);
  for (const problem of bodyProblems) problems.push({ file, line: problem.line, message: problem.message, ...(problem.warning ? { warning: true } : {}) });
  if (!result.success) return { problems };
  if (result.data.samenvatting.startsWith(placeholderPrefix)) {
    problems.push({ file, line: lineOf(['samenvatting']), field: 'samenvatting', warning: true, message: 'is nog niet ingevuld. Schrijf één zin over wat de module biedt en voor wie.' });
  }
  return { module: { file, source: text, frontmatter, data: result.data, body, sections, lineOf }, problems };
}

export interface ContentOptions {
  /** One folder, or several whose modules form one collection (tests combine valid and broken fixtures). */
  modulesDir?: string | string[];
  taxonomyDir?: string;
  /** Paths in messages are relative to this folder. */
  root?: string;
}

export interface LoadedContent {
  taxonomy?: Taxonomy;
  modules: LoadedModule[];
  /** The search thesaurus (`content/taxonomie/thesaurus.yaml`), empty when it has problems or is absent. */
  thesaurus: ThesaurusEntry[];
  problems: Problem[];
}

/** Reads the taxonomy and every module, and runs every check: the one entry point for scripts and tests. */
export function loadContent(options: ContentOptions = {}): LoadedContent {
  const root = options.root ?? process.cwd();
  const modulesDirs = [options.modulesDir ?? join(root, 'content', 'modules')].flat();
  const taxonomyDir = options.taxonomyDir ?? join(root, 'content', 'taxonomie');
  let taxonomy: Taxonomy;
  try {
    taxonomy = loadTaxonomy(taxonomyDir);
  } catch (error) {
    if (error instanceof TaxonomyError) return { modules: [], thesaurus: [], problems: [{ file: relative(root, taxonomyDir), message: error.message }] };
    throw error;
  }
  const schema = createModuleSchema(taxonomy);
  const modules: LoadedModule[] = [];
  const problems: Problem[] = [];
  for (const path of modulesDirs.flatMap(findModuleFiles)) {
    const file = relative(root, path);
    const text = decodeModuleText(readFileSync(path));
    if (text === undefined) {
      problems.push({ file, message: 'het bestand is geen UTF-8. Sla het op als UTF-8 (in de meeste editors: "Opslaan als" en dan codering UTF-8).' });
      continue;
    }
    const loaded = loadModuleText(file, text, schema);
    problems.push(...loaded.problems);
    if (loaded.module) modules.push(loaded.module);
  }
  problems.push(...checkCollection(modules, taxonomy));
  // The thesaurus names the shipped modules; checking it against another set of modules (fixtures) would
  // report every id as unknown.
  const thesaurus = options.modulesDir === undefined ? loadThesaurus(taxonomyDir, new Set(modules.map((m) => m.data.id)), taxonomy, root) : { entries: [], problems: [] };
  problems.push(...thesaurus.problems);
  return { taxonomy, modules, thesaurus: thesaurus.entries, problems };
}
