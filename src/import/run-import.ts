import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { closestMatch } from '../text/closest-match.ts';
import { slugify } from '../text/slugs.ts';
import { getTaxonomy } from '../schema/taxonomy.ts';
import { checkDraft, draftFunctie, draftText } from './draft.ts';
import { ImportError, readSource } from './read-source.ts';
import { recognise } from './recognise.ts';
import { formatImportReport, type ModuleOutcome } from './report.ts';

export interface ImportOptions {
  file: string;
  /** Werksoort id; required when the document has no part headings, a filter when it has. */
  werksoort?: string;
  /** Source id from bronnen.yaml for `bron.document`. */
  bron?: string;
  /** Folder for the drafts (one subfolder per werksoort). Default `content/concepten`. */
  outDir?: string;
  /** Folder of the published modules, whose file names a draft must not take. Default `content/modules`. */
  modulesDir?: string;
  dryRun?: boolean;
}

export interface ImportResult {
  report: string;
  /** Every file written, relative to the working folder. */
  written: string[];
  outcomes: ModuleOutcome[];
}

function checkChoice(name: string, value: string | undefined, allowed: string[]): void {
  if (value === undefined || allowed.includes(value)) return;
  const suggestion = closestMatch(value, allowed);
  throw new ImportError(`--${name}: verwacht een van ${allowed.map((a) => `"${a}"`).join(', ')}; gekregen "${value}".${suggestion ? ` Bedoelt u "${suggestion}"?` : ''}`);
}

/** A path for messages: relative inside the project, absolute elsewhere (a temporary folder). */
function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? resolve(path) : rel;
}

/** A path for a new file that exists nowhere yet: `name.ext`, else `name-2.ext`, `name-3.ext`, … */
function freePath(dir: string, name: string, ext: string, taken: (candidate: string) => boolean): { path: string; plain: string } {
  const plain = join(dir, `${name}${ext}`);
  let path = plain;
  for (let n = 2; taken(path); n++) path = join(dir, `${name}-${n}${ext}`);
  return { path, plain };
}

/**
 * Imports one document: reads it, finds the modules, writes one draft per module and a report per werksoort
 * folder. Never overwrites a file. Throws an ImportError, before writing anything, when it cannot.
 */
export async function importDocument(options: ImportOptions): Promise<ImportResult> {
  const taxonomy = getTaxonomy();
  const werksoortIds = taxonomy.werksoorten.map((w) => w.id);
  checkChoice('werksoort', options.werksoort, werksoortIds);
  checkChoice('bron', options.bron, taxonomy.bronnen.map((b) => b.id));
  const outDir = options.outDir ?? join('content', 'concepten');
  const modulesDir = options.modulesDir ?? join('content', 'modules');

  const doc = await readSource(options.file);
  const { modules } = recognise(doc, taxonomy);
  if (!modules.length) {
    throw new ImportError(`${options.file}: geen modules gevonden. De import herkent een module aan een titel met daaronder minstens drie van de vaste koppen (Doelgroep, Doelen, Duur en frequentie, Setting, Werkwijze/activiteiten, Aanvullende informatie, Randvoorwaarden), elk op een eigen regel. Controleer of het document die koppen heeft.`);
  }
  const withPart = modules.filter((m) => m.werksoort);
  let selected = modules;
  if (options.werksoort && withPart.length) {
    selected = modules.filter((m) => m.werksoort === options.werksoort);
    if (!selected.length) {
      throw new ImportError(`${options.file}: het document heeft delen voor ${[...new Set(withPart.map((m) => m.werksoort))].join(', ')}, maar geen voor "${options.werksoort}". Laat --werksoort weg om alle delen te importeren, of kies een van deze werksoorten.`);
    }
  } else if (!options.werksoort && withPart.length < modules.length) {
    throw new ImportError(`${options.file}: het document noemt geen werksoort boven ${withPart.length ? 'alle ' : ''}modules. Geef de werksoort op met --werksoort, een van ${werksoortIds.join(', ')}.`);
  }

  // A name is taken by a draft already there, a draft planned in this run, or a published module of that name.
  const planned = new Set<string>();
  const outcomes: ModuleOutcome[] = [];
  const texts = new Map<string, string>();
  const sourceName = basename(options.file);
  for (const module of selected) {
    const werksoort = module.werksoort ?? options.werksoort!;
    const slug = slugify(module.title) || 'module';
    const dir = join(outDir, werksoort);
    const published = (path: string) => join(modulesDir, werksoort, basename(path));
    const taken = (path: string) => planned.has(path) || existsSync(path) || existsSync(published(path));
    const { path, plain } = freePath(dir, slug, '.mdx', taken);
    planned.add(path);
    const existing = path === plain ? undefined : existsSync(plain) || planned.has(plain) ? plain : published(plain);
    const functie = draftFunctie(module, taxonomy);
    const text = draftText({ module, werksoort, functie, bron: options.bron, sourceFile: sourceName, taxonomy });
    const draft = display(path);
    texts.set(draft, text);
    outcomes.push({ module, werksoort, functie, draft, existing: existing && display(existing), problems: checkDraft(draft, text) });
  }

  const written: string[] = [];
  const reports: string[] = [];
  for (const werksoort of [...new Set(outcomes.map((o) => o.werksoort))]) {
    const part = outcomes.filter((o) => o.werksoort === werksoort);
    const report = formatImportReport({ source: sourceName, outcomes: part, notes: doc.notes, dryRun: !!options.dryRun });
    reports.push(report);
    if (options.dryRun) continue;
    const dir = join(outDir, werksoort);
    mkdirSync(dir, { recursive: true });
    for (const outcome of part) {
      // 'wx' refuses to write over a file that appeared after we looked.
      writeFileSync(outcome.draft, texts.get(outcome.draft)!, { flag: 'wx' });
      written.push(outcome.draft);
    }
    const reportFile = freePath(dir, `rapport-${basename(sourceName, extname(sourceName))}`, '.md', (p) => existsSync(p)).path;
    writeFileSync(reportFile, `${report}\n`, { flag: 'wx' });
    written.push(display(reportFile));
  }
  return { report: reports.join('\n\n'), written, outcomes };
}
