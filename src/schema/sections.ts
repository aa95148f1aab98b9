/**
 * The standard sections of a module, in the order every module body must follow.
 * The heading text is what an editor types after `## `; the anchor is the permanent fragment
 * that policy documents link to (`/modules/amw-intake/#doelgroep`), so it never changes.
 * `variants` are other headings that sources use for the same section ("Doel", "Werkwijze/activiteiten");
 * the importer (`npm run import`) recognises them. A module file itself always uses `heading`.
 */
export const sections = [
  {
    key: 'inzet-arbeid',
    heading: 'Inzet bij arbeidsrelevante problematiek',
    anchor: 'inzet-bij-arbeidsrelevante-problematiek',
    variants: ['Inzet van deze module voor mensen met arbeidsrelevante problematiek', 'Inzet bij arbeid'],
    /** Only type b modules carry the work-related explanation, and in the source it comes first. */
    onlyForType: 'b',
  },
  { key: 'doelgroep', heading: 'Doelgroep', anchor: 'doelgroep', variants: ['Doelgroepen'] },
  { key: 'doelen', heading: 'Doelen', anchor: 'doelen', variants: ['Doel', 'Doel(en)', 'Doelstelling', 'Doelstellingen'] },
  { key: 'duur', heading: 'Duur en frequentie', anchor: 'duur-en-frequentie', variants: ['Frequentie en duur', 'Duur', 'Frequentie', 'Duur en frequentie (globale inschatting)'] },
  { key: 'setting', heading: 'Setting', anchor: 'setting', variants: ['Locatie'] },
  { key: 'werkwijze', heading: 'Werkwijze en activiteiten', anchor: 'werkwijze-en-activiteiten', variants: ['Werkwijze/activiteiten', 'Werkwijze / activiteiten', 'Werkwijze of activiteiten', 'Werkwijze', 'Activiteiten', 'Activiteiten en werkwijze', 'Activiteiten en werkwijzen', 'Werkwijze en activiteit'] },
  { key: 'aanvullend', heading: 'Aanvullende informatie', anchor: 'aanvullende-informatie', variants: ['Eventuele aanvullende informatie', 'Aanvullend', 'Overige informatie'] },
  { key: 'randvoorwaarden', heading: 'Randvoorwaarden', anchor: 'randvoorwaarden', variants: ['Randvoorwaarde'] },
] as const;

export type Section = (typeof sections)[number];
export type SectionKey = Section['key'];

/**
 * The standard sections of a method or instrument page (content/methoden/), in order. Same rules as for a
 * module: every heading is required, in this order, and `<NietInBron />` marks one the source does not describe.
 * The anchors are permanent fragments, like those of a module.
 */
export const methodSections = [
  { key: 'doelgroep', heading: 'Doelgroep', anchor: 'doelgroep', variants: [] },
  { key: 'doel', heading: 'Doel', anchor: 'doel', variants: [] },
  { key: 'werkwijze', heading: 'Werkwijze', anchor: 'werkwijze', variants: [] },
  { key: 'ontwikkelaar', heading: 'Ontwikkeld door', anchor: 'ontwikkeld-door', variants: [] },
  { key: 'effectiviteit', heading: 'Wat de bron zegt over effectiviteit', anchor: 'effectiviteit', variants: [] },
] as const;

export type MethodSection = (typeof methodSections)[number];
export type MethodSectionKey = MethodSection['key'];

/** What belongs in each section of a method page, for the scaffold of `npm run new -- --soort methode`. */
export const methodSectionHints: Record<MethodSectionKey, string> = {
  doelgroep: 'voor wie de methode of het instrument bedoeld is, volgens de bron.',
  doel: 'wat de methode of het instrument wil bereiken.',
  werkwijze: 'hoe het werkt: de stappen, onderdelen of principes die de bron noemt.',
  ontwikkelaar: 'wie de methode ontwikkelde, alleen als de bron dat zegt; anders alleen `<NietInBron />`.',
  effectiviteit: 'wat de bron over de effectiviteit zegt, toegeschreven en met het jaar ("Volgens de handreiking uit 2012 …"); anders alleen `<NietInBron />`.',
};

/** Any standard section heading, of a module or of a method page. */
export interface SectionDefinition {
  key: string;
  heading: string;
  anchor: string;
}

/** The sections a module of the given type must have, in order. */
export function requiredSections(type: string | undefined): Section[] {
  return sections.filter((section) => !('onlyForType' in section) || section.onlyForType === type);
}

/** The tag an editor writes as the only content of a section the source does not describe. */
export const notInSourceTag = '<NietInBron />';

/** Marks a section a new module still has to fill in; `npm run new` writes it with a hint. Reported as a warning. */
export const placeholderPrefix = 'Invullen:';

/** What belongs in each section, for the scaffold's hints and the authoring guide. */
export const sectionHints: Record<SectionKey, string> = {
  'inzet-arbeid': 'hoe de module wordt ingezet als werk een rol speelt (alleen type b).',
  doelgroep: 'voor wie de module is (welke cliënten of bewoners, met welke vragen of problemen).',
  doelen: 'wat de module bereikt; een lijst met beoogde resultaten.',
  duur: 'hoe lang en hoe vaak (aantal gesprekken of bijeenkomsten, duur per keer).',
  setting: 'waar en met wie (individueel, groep, thuis, op kantoor, telefonisch).',
  werkwijze: 'wat de werker doet; een lijst met activiteiten.',
  aanvullend: 'wat verder belangrijk is; zet alleen `<NietInBron />` in de sectie als de bron er niets over zegt.',
  randvoorwaarden: 'wat nodig is om de module uit te voeren (deskundigheid, afspraken, middelen).',
};
