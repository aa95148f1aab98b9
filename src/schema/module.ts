import { z } from 'astro/zod';
import { codePattern } from './code.ts';
import { idList, oneOf, pageNumber, relationList, summary, text } from './fields.ts';
import { allFuncties, getTaxonomy, idSchema, type Taxonomy } from './taxonomy.ts';

/** Builds the module schema from a taxonomy, so that fixtures can bring their own lists. */
export function createModuleSchema(taxonomy: Taxonomy) {
  const werksoorten = taxonomy.werksoorten.map((w) => w.id);
  const functies = allFuncties(taxonomy).map((f) => f.id);
  const types = taxonomy.types.map((t) => t.id);
  const bronnen = taxonomy.bronnen.map((b) => b.id);

  return z.object({
    /**
     * Permanent id: the module's URL is `/modules/<id>/`, so it never changes and is never reused,
     * even when the title changes or the file moves. Start it with the werksoort, e.g. `amw-intake`.
     */
    id: idSchema,
    /**
     * Permanent short code for the short link `/m/<code>/`: werksoort plus a number, e.g. `amw08`.
     * Never changes and is never reused; `npm run new` picks a free one.
     */
    code: text('Voeg `code:` toe, bijvoorbeeld `code: amw23` (werksoort plus volgnummer; `npm run new` kiest een vrije).').regex(codePattern, {
      error: 'verwacht een werksoort gevolgd door een volgnummer van minstens twee cijfers, zoals "amw08".',
    }),
    /** Title as the source gives it, e.g. "Praktische en materiële begeleiding". */
    titel: text('Voeg `titel:` toe met de naam van de module.').min(1, { error: 'mag niet leeg zijn.' }),
    /** The werksoort that offers the module: one of the ids in `content/taxonomie/werksoorten.yaml`. */
    werksoort: oneOf(werksoorten, 'Voeg `werksoort:` toe, bijvoorbeeld `werksoort: amw`.'),
    /** The functie the module fulfils: one of the functie ids in `content/taxonomie/functies.yaml`. */
    functie: oneOf(functies, 'Voeg `functie:` toe, bijvoorbeeld `functie: begeleiding`.'),
    /**
     * Type a, b or c in the work-related AMW set (see `content/taxonomie/types.yaml`).
     * Leave it out for modules outside that set.
     */
    type: oneOf(types, 'Laat het veld weg als de module geen type heeft.').optional(),
    /** The source's own group heading when it differs from the functie, e.g. "Concrete dienstverlening". */
    bronrubriek: z.string().min(1).optional(),
    /** One sentence, in our own words, on what the module offers and to whom. Shown in lists and search results. */
    samenvatting: summary('Voeg `samenvatting:` toe met één zin over wat de module biedt en voor wie.'),
    /** Where the facts come from: a source id from `content/taxonomie/bronnen.yaml` and the printed page. */
    bron: z.object(
      {
        document: oneOf(bronnen, 'Voeg onder `bron:` de regel `document:` toe met een bron-id.'),
        /** Printed page number where the module starts in the source. */
        pagina: pageNumber('Noem de bladzijde waar de module in de bron begint.'),
      },
      { error: (issue) => (issue.input === undefined ? 'dit veld ontbreekt. Voeg `bron:` toe met `document:` en `pagina:`.' : 'verwacht `document:` en `pagina:` onder `bron:`.') },
    ),
    /**
     * Other modules this module names or leads to, each with its provenance: `pagina` where the source names it,
     * or `redactie` with the editors' reason. A link that exists only the other way round is shown as "Genoemd in".
     */
    verwijzingen: relationList('Laat het veld weg als de module naar geen andere module verwijst.', bronnen),
    /**
     * The counterpart(s) in another werksoort when this is a schakelmodule: a module that two werksoorten both
     * perform, each in its own way. The counterpart must name this module back. `pagina` is where the source marks
     * this module as schakelmodule with a same-named counterpart; `redactie` says why the editors pair them otherwise.
     */
    schakel: relationList('Laat het veld weg als dit geen schakelmodule is.', bronnen),
    /** The source marks the module as schakelmodule (give the page) but names no counterpart in the other werksoort. */
    schakelZonderTegenhanger: z.number({ error: 'verwacht de bladzijde waar de bron de module als schakelmodule markeert.' }).int().positive().optional(),
    /**
     * Why the functie differs from the one the source's rubric (`bronrubriek`) maps to in functies.yaml. Required
     * exactly when it differs, so a reader can see the placement is an editorial choice.
     */
    functieRedactie: z.string().min(10).optional(),
    /** Search words that are not in the text, such as "werkstress". */
    trefwoorden: z.array(z.string().min(1), { error: 'verwacht een lijst met woorden, zoals [werkstress, burn-out].' }).default([]),
    /**
     * Other names used in practice for this module, e.g. "Werken aan werkstress". Each gets a short link
     * `/m/<naam-als-slug>/`, is found by search and by the policy-document matcher.
     */
    aliassen: z.array(z.string().min(3), { error: 'verwacht een lijst met namen, zoals ["Werken aan werkstress"].' }).default([]),
    /** Ids this module had before, e.g. after a merge. Their old URLs keep redirecting here. */
    eerdereIds: idList('Laat het veld weg als de module nooit een ander id had.'),
    /** A short note on the last change, shown with the date of the version, e.g. "Randvoorwaarden aangevuld." */
    wijzigingsnotitie: z.string().min(3).optional(),
  });
}

export type ModuleSchema = ReturnType<typeof createModuleSchema>;
export type ModuleData = z.infer<ModuleSchema>;

let cached: ModuleSchema | undefined;
/** The module schema for the shipped taxonomy. Astro, the scripts and the tests all use this one. */
export function getModuleSchema(): ModuleSchema {
  cached ??= createModuleSchema(getTaxonomy());
  return cached;
}
