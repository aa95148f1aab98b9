import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';

/** An id as it appears in frontmatter and URLs: lowercase letters, digits and hyphens. */
export const idSchema = z
  .string({ error: 'verwacht een tekst' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'verwacht alleen kleine letters, cijfers en streepjes (bijvoorbeeld "amw-intake")',
  });

/** A werksoort: the kind of social work that offers a module. */
export const werksoortSchema = z.object({
  /** Permanent code used in frontmatter (`werksoort: amw`) and in the URL `/werksoort/amw/`. */
  id: idSchema,
  /** Full Dutch name, e.g. "Algemeen maatschappelijk werk". */
  naam: z.string().min(1),
  /** Abbreviation used in tables, e.g. "AMW". */
  kort: z.string().min(1),
  /** One or two sentences shown on the werksoort page. */
  omschrijving: z.string().min(1),
});

/** A functie: a broadly defined, goal-directed activity such as begeleiding or voorlichting. */
export const functieSchema = z.object({
  id: idSchema,
  naam: z.string().min(1),
  /** The names the sources use for this functie or a part of it. */
  bronnamen: z.array(z.string().min(1)).default([]),
});

/** A functiegroep (toegangs-, uitvoerings- or contextfuncties) with its functies in source order. */
export const functiegroepSchema = z.object({
  id: idSchema,
  naam: z.string().min(1),
  omschrijving: z.string().min(1),
  functies: z.array(functieSchema).min(1),
});

/** One of the four doelgroepen with work-related problems in the AMW report. */
export const doelgroepSchema = z.object({
  nummer: z.number().int().positive(),
  naam: z.string().min(1),
  omschrijving: z.string().min(1),
  voorbeelden: z.array(z.string()).default([]),
});

/** A type (a, b or c) of the work-related AMW modules. */
export const typeSchema = z.object({
  id: z.enum(['a', 'b', 'c']),
  naam: z.string().min(1),
  titel: z.string().min(1),
  omschrijving: z.string().min(1),
  /** Numbers of the doelgroepen for which this type is relevant. */
  doelgroepen: z.array(z.number().int().positive()).min(1),
});

/** A source document from which modules are described. */
export const bronSchema = z.object({
  /** Permanent code used in `bron.document` of a module. */
  id: idSchema,
  titel: z.string().min(1),
  /** Why the title is descriptive rather than quoted, when the title page is missing. */
  titelOpmerking: z.string().optional(),
  makers: z.string().min(1),
  uitgever: z.string().min(1),
  /** Year of publication; left out when the source does not state it. */
  jaar: z.number().int().optional(),
  reeks: z.string().optional(),
});

function uniqueBy<T>(key: (item: T) => string | number, what: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string | number>();
    items.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value)) {
        ctx.addIssue({ code: 'custom', path: [index], message: `${what} "${value}" komt twee keer voor; elke ${what} moet uniek zijn.` });
      }
      seen.add(value);
    });
  };
}

export const taxonomySchema = z
  .object({
    werksoorten: z.array(werksoortSchema).min(1).superRefine(uniqueBy((w) => w.id, 'werksoort')),
    functiegroepen: z.array(functiegroepSchema).min(1),
    types: z.array(typeSchema).superRefine(uniqueBy((t) => t.id, 'type')),
    doelgroepen: z.array(doelgroepSchema).superRefine(uniqueBy((d) => d.nummer, 'doelgroep')),
    bronnen: z.array(bronSchema).min(1).superRefine(uniqueBy((b) => b.id, 'bron')),
  })
  .superRefine((taxonomy, ctx) => {
    const functieIds = new Set<string>();
    taxonomy.functiegroepen.forEach((groep, g) =>
      groep.functies.forEach((functie, f) => {
        if (functieIds.has(functie.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['functiegroepen', g, 'functies', f, 'id'],
            message: `functie "${functie.id}" staat in meer dan één functiegroep; een functie hoort bij precies één groep.`,
          });
        }
        functieIds.add(functie.id);
      }),
    );
    const nummers = new Set(taxonomy.doelgroepen.map((d) => d.nummer));
    taxonomy.types.forEach((type, t) =>
      type.doelgroepen.forEach((nummer, n) => {
        if (!nummers.has(nummer)) {
          ctx.addIssue({
            code: 'custom',
            path: ['types', t, 'doelgroepen', n],
            message: `doelgroep ${nummer} bestaat niet; kies uit ${[...nummers].join(', ')}.`,
          });
        }
      }),
    );
  });

export type Taxonomy = z.infer<typeof taxonomySchema>;
export type Werksoort = z.infer<typeof werksoortSchema>;
export type Functie = z.infer<typeof functieSchema>;
export type Functiegroep = z.infer<typeof functiegroepSchema>;
export type ModuleType = z.infer<typeof typeSchema>;
export type Bron = z.infer<typeof bronSchema>;

/** The taxonomy files, one per list, in `content/taxonomie/`. */
export const taxonomyFiles = {
  werksoorten: 'werksoorten.yaml',
  functiegroepen: 'functies.yaml',
  types: 'types.yaml',
  doelgroepen: 'doelgroepen.yaml',
  bronnen: 'bronnen.yaml',
} as const;

export const defaultTaxonomyDir = join(process.cwd(), 'content', 'taxonomie');

export class TaxonomyError extends Error {}

/** Reads and validates the taxonomy files; throws a TaxonomyError that names the file and field. */
export function loadTaxonomy(dir: string = defaultTaxonomyDir): Taxonomy {
  const raw: Record<string, unknown> = {};
  for (const [key, file] of Object.entries(taxonomyFiles)) {
    const path = join(dir, file);
    try {
      raw[key] = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new TaxonomyError(`${path}: kan dit taxonomiebestand niet lezen (${(error as Error).message}).`);
    }
  }
  const result = taxonomySchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const [list, ...rest] = issue.path;
      const file = taxonomyFiles[list as keyof typeof taxonomyFiles] ?? String(list);
      return `${join(dir, file)}: ${rest.join('.') || '(hele lijst)'}: ${issue.message}`;
    });
    throw new TaxonomyError(`De taxonomie klopt niet:\n${lines.join('\n')}`);
  }
  return result.data;
}

let cached: Taxonomy | undefined;
/** The shipped taxonomy, read once per process. */
export function getTaxonomy(): Taxonomy {
  cached ??= loadTaxonomy();
  return cached;
}

export function allFuncties(taxonomy: Taxonomy): Array<Functie & { groep: Functiegroep }> {
  return taxonomy.functiegroepen.flatMap((groep) => groep.functies.map((functie) => ({ ...functie, groep })));
}
