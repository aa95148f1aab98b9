/**
 * The standard sections of a module, in the order every module body must follow.
 * The heading text is what an editor types after `## `; the anchor is the permanent fragment
 * that policy documents link to (`/modules/amw-intake/#doelgroep`), so it never changes.
 */
export const sections = [
  {
    key: 'inzet-arbeid',
    heading: 'Inzet bij arbeidsrelevante problematiek',
    anchor: 'inzet-bij-arbeidsrelevante-problematiek',
    /** Only type b modules carry the work-related explanation, and in the source it comes first. */
    onlyForType: 'b',
  },
  { key: 'doelgroep', heading: 'Doelgroep', anchor: 'doelgroep' },
  { key: 'doelen', heading: 'Doelen', anchor: 'doelen' },
  { key: 'duur', heading: 'Duur en frequentie', anchor: 'duur-en-frequentie' },
  { key: 'setting', heading: 'Setting', anchor: 'setting' },
  { key: 'werkwijze', heading: 'Werkwijze en activiteiten', anchor: 'werkwijze-en-activiteiten' },
  { key: 'aanvullend', heading: 'Aanvullende informatie', anchor: 'aanvullende-informatie' },
  { key: 'randvoorwaarden', heading: 'Randvoorwaarden', anchor: 'randvoorwaarden' },
] as const;

export type Section = (typeof sections)[number];
export type SectionKey = Section['key'];

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
