import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { join, relative } from 'node:path';
import { readSections } from './body.ts';
import { checkSafety } from './safety.ts';
import { methodSections, placeholderPrefix, type MethodSection, type Section, type SectionDefinition } from './sections.ts';
import { checkCollection } from './collection.ts';
import type { LoadedEntry, LoadedMethod, LoadedModule } from './loaded-module.ts';
import { createMethodSchema, createNamedOnlySchema, type MethodSchema, type NamedOnly } from './method.ts';
import { checkMethods, checkNamedOnly } from './method-collection.ts';
import { explainSyntaxError, parseMdx } from './mdx-source.ts';
import { createModuleSchema } from './module.ts';
import type { Problem } from './report.ts';
import { loadTaxonomy, TaxonomyError, type Taxonomy } from './taxonomy.ts';
import { loadThesaurus, type ThesaurusEntry } from './thesaurus.ts';
import { lazyLineOf, parseYaml } from './yaml-source.ts';

export type { LoadedMethod, LoadedModule } from './loaded-module.ts';

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

export function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), '');
}

/** What differs between the kinds of checked MDX file: which sections they must have, and what to call them. */
interface EntryKind<S extends SectionDefinition> {
  /** The sections for a file with this `type` (modules) or always the same list (method pages). */
  sectionsFor: (type: string | undefined) => string | undefined | readonly S[];
  /** "een module", "een methodepagina": used in messages. */
  what: string;
  /** What the placeholder summary should become. */
  summaryHint: string;
}

const moduleKind: EntryKind<Section> = { sectionsFor: (type) => type, what: 'een module', summaryHint: 'Schrijf één zin over wat de module biedt en voor wie.' };
const methodKind: EntryKind<MethodSection> = { sectionsFor: () => methodSections, what: 'een methodepagina', summaryHint: 'Schrijf één zin over wat het is en waarvoor.' };

/** Parses one checked MDX file (module or method page) with one parse; returns the entry when valid, and every problem found. */
function loadEntryText<D extends { samenvatting: string }, S extends SectionDefinition>(
  file: string,
  text: string,
  schema: z.ZodType<D>,
  kind: EntryKind<S>,
): { entry?: LoadedEntry<D, S['key']>; problems: Problem[] } {
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
  // The frontmatter starts on line 2 of the file, after its `---`.
  const yaml = parseYaml(yamlText, 'de frontmatter', 2);
  if ('error' in yaml) return { problems: [{ file, ...yaml.error }] };
  // The document is not kept with the entry; a message that needs a line reads the YAML again.
  const lineOf = lazyLineOf(yamlText, 2);
  const frontmatter = (yaml.value ?? {}) as Record<string, unknown>;
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
  const type = result.success ? (result.data as { type?: string }).type : (frontmatter.type as string | undefined);
  const { sections, problems: bodyProblems } = readSections<S>(parsed.tree, text, kind.sectionsFor(type), kind.what);
  for (const problem of bodyProblems) problems.push({ file, line: problem.line, message: problem.message, ...(problem.warning ? { warning: true } : {}) });
  if (!result.success) return { problems };
  if (result.data.samenvatting.startsWith(placeholderPrefix)) {
    problems.push({ file, line: lineOf(['samenvatting']), field: 'samenvatting', warning: true, message: `is nog niet ingevuld. ${kind.summaryHint}` });
  }
  return { entry: { file, source: text, frontmatter, data: result.data, body, sections, lineOf }, problems };
}

/** Parses one module file; returns the module when it is valid, and every problem found. */
export function loadModuleText(file: string, text: string, schema: ReturnType<typeof createModuleSchema>): { module?: LoadedModule; problems: Problem[] } {
  const { entry, problems } = loadEntryText(file, text, schema, moduleKind);
  return { module: entry, problems };
}

/** Parses one method page (content/methoden/); returns it when it is valid, and every problem found. */
export function loadMethodText(file: string, text: string, schema: MethodSchema): { method?: LoadedMethod; problems: Problem[] } {
  const { entry, problems } = loadEntryText(file, text, schema, methodKind);
  return { method: entry, problems };
}

/** Reads every MDX file below the folders with `load`; a file that is not UTF-8 is a problem, not a crash. */
function readEntries<E>(dirs: string[], root: string, load: (file: string, text: string) => { entry?: E; problems: Problem[] }): { entries: E[]; problems: Problem[] } {
  const entries: E[] = [];
  const problems: Problem[] = [];
  for (const path of dirs.flatMap(findModuleFiles)) {
    const file = relative(root, path);
    const text = decodeModuleText(readFileSync(path));
    if (text === undefined) {
      problems.push({ file, message: 'het bestand is geen UTF-8. Sla het op als UTF-8 (in de meeste editors: "Opslaan als" en dan codering UTF-8).' });
      continue;
    }
    const loaded = load(file, text);
    problems.push(...loaded.problems);
    if (loaded.entry) entries.push(loaded.entry);
  }
  return { entries, problems };
}

/** The file of names the sources only mention, beside the method pages. */
export const namedOnlyFileName = 'alleen-genoemd.yaml';

/** Reads and checks `alleen-genoemd.yaml`, with the line of every problem. */
export function loadNamedOnly(path: string, root: string, taxonomy: Taxonomy): { names: NamedOnly[]; problems: Problem[]; lineOf?: (path: PropertyKey[]) => number | undefined } {
  const file = relative(root, path);
  const text = decodeModuleText(readFileSync(path));
  if (text === undefined) return { names: [], problems: [{ file, message: 'het bestand is geen UTF-8. Sla het op als UTF-8.' }] };
  const parsed = parseYaml(text, 'het bestand');
  if ('error' in parsed) return { names: [], problems: [{ file, ...parsed.error }] };
  const { lineOf } = parsed;
  const result = createNamedOnlySchema(taxonomy).safeParse(parsed.value ?? []);
  if (!result.success) {
    return { names: [], problems: result.error.issues.map((issue) => ({ file, line: lineOf(issue.path), field: fieldName(issue.path) || undefined, message: issue.message })) };
  }
  return { names: result.data, problems: [], lineOf };
}

export interface ContentOptions {
  /** One folder, or several whose modules form one collection (tests combine valid and broken fixtures). */
  modulesDir?: string | string[];
  /**
   * The folder of method pages and `alleen-genoemd.yaml`. Defaults to `content/methoden` when `modulesDir` is not
   * given; with other modules (fixtures) no methods are read unless this is set.
   */
  methodsDir?: string;
  taxonomyDir?: string;
  /** Paths in messages are relative to this folder. */
  root?: string;
}

export interface LoadedContent {
  taxonomy?: Taxonomy;
  modules: LoadedModule[];
  /** The method and instrument pages (content/methoden/*.mdx). */
  methods: LoadedMethod[];
  /** Names the sources only mention, without a page of their own (content/methoden/alleen-genoemd.yaml). */
  namedOnly: NamedOnly[];
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
    if (error instanceof TaxonomyError) return { modules: [], methods: [], namedOnly: [], thesaurus: [], problems: [{ file: relative(root, taxonomyDir), message: error.message }] };
    throw error;
  }
  const schema = createModuleSchema(taxonomy);
  const { entries: modules, problems } = readEntries(modulesDirs, root, (file, text) => {
    const { module, problems } = loadModuleText(file, text, schema);
    return { entry: module, problems };
  });
  problems.push(...checkCollection(modules, taxonomy));
  const methodsDir = options.methodsDir ?? (options.modulesDir === undefined ? join(root, 'content', 'methoden') : undefined);
  let methods: LoadedMethod[] = [];
  let namedOnly: NamedOnly[] = [];
  if (methodsDir && existsSync(methodsDir)) {
    const methodSchema = createMethodSchema(taxonomy);
    const read = readEntries([methodsDir], root, (file, text) => {
      const { method, problems } = loadMethodText(file, text, methodSchema);
      return { entry: method, problems };
    });
    methods = read.entries;
    problems.push(...read.problems);
    const namedPath = join(methodsDir, namedOnlyFileName);
    if (existsSync(namedPath)) {
      const named = loadNamedOnly(namedPath, root, taxonomy);
      namedOnly = named.names;
      problems.push(...named.problems);
      problems.push(...checkNamedOnly(named.names, relative(root, namedPath), modules, methods, named.lineOf));
    }
    problems.push(...checkMethods(methods, modules));
  }
  // The thesaurus names the shipped modules; checking it against another set of modules (fixtures) would
  // report every id as unknown.
  const thesaurus = options.modulesDir === undefined ? loadThesaurus(taxonomyDir, new Set(modules.map((m) => m.data.id)), taxonomy, root) : { entries: [], problems: [] };
  problems.push(...thesaurus.problems);
  return { taxonomy, modules, methods, namedOnly, thesaurus: thesaurus.entries, problems };
}
