import { z } from 'astro/zod';
import { idSchema } from './taxonomy.ts';

/**
 * A relation to a module (a reference, a schakel counterpart, or a method used in a module) with where it comes
 * from: the printed page of the entry's own source where that source states it, the document and page of another
 * source that states it (`bron`), or the editors' one-line reason when no source does. Policy writers cite these
 * pages; a reader must be able to tell the source from an editorial choice.
 */
export const relationSchema = z
  .strictObject(
    {
      id: idSchema,
      /** Printed page of the module's source (`bron.document`) where the source names this relation. */
      pagina: z.number({ error: 'verwacht een paginanummer, zoals `pagina: 12`.' }).int().positive().optional(),
      /**
       * Another source that states the relation, with its page: e.g. a method described in one source and named in
       * a module of another, `bron: { document: wijk, pagina: 35 }`. The document is an id from bronnen.yaml.
       */
      bron: z
        .strictObject(
          { document: idSchema, pagina: z.number({ error: 'verwacht een paginanummer, zoals `pagina: 12`.' }).int().positive() },
          { error: 'verwacht `bron: { document: <bron-id>, pagina: <bladzijde> }`.' },
        )
        .optional(),
      /** Why the editors add this relation when the source does not state it: one line, for the reader. */
      redactie: z.string().min(10, { error: 'geef een reden van minstens één korte zin.' }).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `een relatie kent alleen \`id\`, \`pagina\`, \`bron\` en \`redactie\`; gekregen ${issue.keys.map((key) => `\`${key}\``).join(', ')}.`
          : typeof issue.input === 'string'
            ? `geef bij "${issue.input}" ook de herkomst: schrijf \`- id: ${issue.input}\` met daaronder \`pagina: <bladzijde>\` als de bron de relatie noemt, of \`redactie: "<reden>"\` als de redactie haar toevoegt.`
            : 'verwacht `id:` met `pagina:` of `redactie:`.',
    },
  )
  .superRefine((relation, ctx) => {
    const has = [relation.pagina !== undefined, relation.bron !== undefined, relation.redactie !== undefined].filter(Boolean).length;
    if (has === 1) return;
    ctx.addIssue({
      code: 'custom',
      message:
        has === 0
          ? `zeg waar de relatie met "${relation.id}" vandaan komt: \`pagina: <bladzijde>\` als de bron haar noemt, of \`redactie: "<reden>"\` als de redactie haar toevoegt.`
          : `kies voor "${relation.id}" één herkomst: \`pagina\` (de eigen bron noemt het), \`bron\` (een andere bron noemt het) of \`redactie\` (de redactie voegt het toe), niet meer dan één.`,
    });
  });

export type Relation = z.infer<typeof relationSchema>;

/** The ids of a list of relations. */
export const relationIds = (relations: readonly Relation[]): string[] => relations.map((relation) => relation.id);

/** Whether a source states the relation (its own, or another named in `bron`), rather than the editors. */
export const statedBySource = (relation: Relation): boolean => relation.pagina !== undefined || relation.bron !== undefined;
