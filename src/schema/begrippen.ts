import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parseYaml } from './yaml-source.ts';
import type { Problem } from './report.ts';
import { defaultTaxonomyDir, idSchema } from './taxonomy.ts';

/** The terms file lives beside the other taxonomy files. */
export const begrippenFile = 'begrippen.yaml';

/** A link to where a term is used: a page of this site, written without the base path. */
export const begripLinkSchema = z.object({
  /** The link text, e.g. "Modules per type". */
  tekst: z.string({ error: 'verwacht een linktekst, zoals `tekst: Modules per type`.' }).trim().min(1),
  /** A site path without a leading slash, e.g. `type/` or `over/arbeidsrelevant-amw/`; the base path is added when the site is built. */
  pad: z
    .string({ error: 'verwacht een pad op de site, zoals `pad: type/`.' })
    .regex(/^(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, { error: 'verwacht een pad op de site zonder / vooraan en met / achteraan, zoals "type/" of "over/over-modules/".' }),
});

/**
 * One term that the site uses to order modules, explained for a reader who does not know it.
 * The Begrippen page, the explanation beside the term on other pages and the search filters all read it.
 */
export const begripSchema = z.object({
  /** Permanent anchor on the Begrippen page, e.g. `werksoort` for /begrippen/#werksoort. */
  id: idSchema,
  /** The word as the site shows it, e.g. "Werksoort" or "AMW". */
  term: z.string({ error: (issue) => (issue.input === undefined ? 'dit veld ontbreekt. Geef elk begrip een `term:`.' : 'verwacht een tekst.') }).trim().min(1),
  /** One line in plain Dutch, shown beside the term wherever it appears; at most 200 characters. */
  kort: z
    .string({ error: (issue) => (issue.input === undefined ? 'dit veld ontbreekt. Geef elk begrip een `kort:` van één regel.' : 'verwacht een tekst.') })
    .trim()
    .min(10, { error: 'is te kort om iets uit te leggen; schrijf één volledige zin.' })
    .max(200, { error: 'is langer dan 200 tekens. Houd `kort:` op één regel en zet de rest onder `uitleg:`.' })
    .refine((text) => !text.includes('\n'), { error: 'moet op één regel staan. Zet de rest onder `uitleg:`.' }),
  /** A longer explanation for the Begrippen page; optional. */
  uitleg: z.string().trim().min(10).optional(),
  /** Where the term is used on the site, best page first. */
  zie: z.array(begripLinkSchema, { error: 'verwacht een lijst met links, zoals [{ tekst: Modules per type, pad: type/ }].' }).default([]),
});

export const begrippenSchema = z.array(begripSchema, { error: 'verwacht een lijst met begrippen die elk beginnen met `- id:`.' });

export type Begrip = z.infer<typeof begripSchema>;

export interface LoadedBegrippen {
  begrippen: Begrip[];
  problems: Problem[];
}

/** Reads and checks `content/taxonomie/begrippen.yaml`; every problem has the file and, where it has a place, the line. */
export function loadBegrippen(taxonomyDir: string = defaultTaxonomyDir, root = process.cwd()): LoadedBegrippen {
  const path = join(taxonomyDir, begrippenFile);
  const file = relative(root, path);
  if (!existsSync(path)) {
    return { begrippen: [], problems: [{ file, message: 'dit bestand ontbreekt. De site legt zijn begrippen uit vanuit dit bestand; zet het terug uit git.' }] };
  }
  const yaml = parseYaml(readFileSync(path, 'utf8'), 'het bestand');
  if ('error' in yaml) return { begrippen: [], problems: [{ file, ...yaml.error }] };
  const raw: unknown = yaml.value ?? [];
  const parsed = begrippenSchema.safeParse(raw);
  const { lineOf } = yaml;
  const fieldOf = (at: PropertyKey[]) => (at.length ? `${String(at[0])}.${at.slice(1).map(String).join('.')}`.replace(/\.$/, '') : undefined);
  const problems: Problem[] = parsed.success ? [] : parsed.error.issues.map((issue) => ({ file, line: lineOf(issue.path), field: fieldOf(issue.path), message: issue.message }));
  // Checked on the raw list, so a duplicate is reported even when another item has a problem of its own.
  const seen = new Map<string, number>();
  (Array.isArray(raw) ? raw : []).forEach((item: { id?: unknown }, index) => {
    if (typeof item?.id !== 'string') return;
    const first = seen.get(item.id);
    if (first !== undefined) problems.push({ file, line: lineOf([index, 'id']), field: `${index}.id`, message: `begrip "${item.id}" staat ook op regel ${lineOf([first, 'id'])}; elk id moet uniek zijn. Voeg de twee samen of geef dit begrip een ander id.` });
    else seen.set(item.id, index);
  });
  return problems.length || !parsed.success ? { begrippen: [], problems } : { begrippen: parsed.data, problems };
}

let cached: Begrip[] | undefined;
/** The shipped terms, read once per process; the content check has already stopped the build on any problem. */
export function getBegrippen(): Begrip[] {
  cached ??= loadBegrippen().begrippen;
  return cached;
}

/** The term with this id; throws when it is missing, because a page asks only for terms it knows exist (a test checks them). */
export function getBegrip(id: string): Begrip {
  const begrip = getBegrippen().find((b) => b.id === id);
  if (!begrip) throw new Error(`Het begrip "${id}" staat niet in content/taxonomie/${begrippenFile}. Voeg het daar toe met een \`kort:\` van één regel, of gebruik een bestaand id.`);
  return begrip;
}
