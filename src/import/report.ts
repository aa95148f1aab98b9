import { formatCount, type Problem } from '../schema/report.ts';
import { sections, type SectionKey } from '../schema/sections.ts';
import type { DraftFunctie } from './draft.ts';
import type { RecognisedModule } from './recognise.ts';

/** What the import did with one module, for the report. */
export interface ModuleOutcome {
  module: RecognisedModule;
  werksoort: string;
  functie: DraftFunctie;
  /** Path of the draft, relative to the project. */
  draft: string;
  /** When a draft or module with the plain name existed already: that file. */
  existing?: string;
  problems: Problem[];
}

export interface ImportSummary {
  source: string;
  outcomes: ModuleOutcome[];
  notes: string[];
  dryRun: boolean;
}

const headingOf = (key: SectionKey) => sections.find((s) => s.key === key)!.heading;

/** The standard sections a module has in the source, and those it lacks (inzet-arbeid only counts when present). */
export function sectionCoverage(module: RecognisedModule): { found: SectionKey[]; missing: SectionKey[] } {
  const found = module.sections.filter((s) => s.lines.length).map((s) => s.key);
  const expected = sections.filter((s) => s.key !== 'inzet-arbeid').map((s) => s.key);
  return { found, missing: expected.filter((key) => !found.includes(key)) };
}

function describeFunctie(functie: DraftFunctie, module: RecognisedModule): string {
  const where = { kopregel: 'de kopregel', kop: 'de kop', inhoudsopgave: 'de inhoudsopgave onder de kop' }[module.functieHeading?.foundIn ?? 'kop'];
  if (!functie.id) return 'niet gevonden: de bron heeft boven deze module geen kop die een functie uit `content/taxonomie/functies.yaml` noemt. Vul `functie:` zelf in.';
  if (functie.suggestion) return `\`${functie.id}\`? De kop in de bron is "${functie.heading}": geen bekende functie. Bedoelt u "${functie.suggestion}"? Controleer het veld in het concept.`;
  const also = functie.alternatives.length ? ` Die kop past ook bij ${functie.alternatives.map((f) => `\`${f}\``).join(', ')}; controleer het veld.` : '';
  return `\`${functie.id}\` (uit ${where} "${functie.heading}").${also}`;
}

function describeProblems(problems: Problem[]): string[] {
  if (!problems.length) return ['- Controle: geen fouten of waarschuwingen.'];
  return [
    `- Controle (zoals \`npm run check\`, zonder id en code): ${formatCount(problems.filter((p) => !p.warning).length, 'fout', 'fouten')}, ${formatCount(problems.filter((p) => p.warning).length, 'waarschuwing', 'waarschuwingen')}:`,
    ...problems.map((p) => `  - ${p.line === undefined ? '–' : `regel ${p.line}`} | ${p.warning ? 'let op: ' : ''}${p.field ? `${p.field}: ` : ''}${p.message}`),
  ];
}

/** The import report in Markdown; the terminal shows the same text. */
export function formatImportReport({ source, outcomes, notes, dryRun }: ImportSummary): string {
  const lines: string[] = [`# Importrapport: ${source}`, ''];
  const werksoorten = [...new Set(outcomes.map((o) => o.werksoort))];
  const missing = outcomes.reduce((sum, o) => sum + sectionCoverage(o.module).missing.length, 0);
  const found = outcomes.reduce((sum, o) => sum + sectionCoverage(o.module).found.length, 0);
  lines.push(
    `${formatCount(outcomes.length, 'module', 'modules')} gevonden (werksoort ${werksoorten.join(', ') || '–'}), waarvan ${formatCount(outcomes.filter((o) => o.module.schakel).length, 'schakelmodule', 'schakelmodules')}. ` +
      `${formatCount(found, 'sectie', 'secties')} herkend, ${formatCount(missing, 'sectie', 'secties')} ontbreken.`,
    '',
    dryRun ? 'Proefdraai (`--dry-run`): er is niets geschreven.' : 'Elke module staat als concept in een eigen bestand; bestaande bestanden zijn nooit overschreven.',
    '',
    '**Let op:** een concept bevat de tekst van de bron letterlijk. Een gepubliceerde module die op een bron van een ander is gebaseerd, schrijft u in uw eigen woorden (zie CONTRIBUTING.md, "Een module toevoegen"); neem alleen feiten zoals aantallen, duur en namen van methoden exact over.',
    '',
  );
  if (notes.length) lines.push('## Bij het lezen', '', ...notes.map((note) => `- ${note}`), '');
  lines.push('## Modules', '');
  outcomes.forEach((outcome, index) => {
    const { module } = outcome;
    const coverage = sectionCoverage(module);
    const foundText = module.sections
      .filter((s) => coverage.found.includes(s.key))
      .map((s) => (s.sourceHeading.toLowerCase() === headingOf(s.key).toLowerCase() ? headingOf(s.key) : `${headingOf(s.key)} ("${s.sourceHeading}")`));
    lines.push(`### ${index + 1}. ${module.title}`, '');
    lines.push(`- Concept: \`${outcome.draft}\`${outcome.existing ? ` (\`${outcome.existing}\` bestond al; dit concept staat ernaast en overschrijft niets)` : ''}`);
    lines.push(`- Bladzijde in de bron: ${module.page ?? 'onbekend (de bron toont hier geen paginanummer)'}`);
    if (module.schakel) lines.push('- Schakelmodule: ja (vul `schakel:` met de tegenhanger in de andere werksoort)');
    lines.push(`- Functie: ${describeFunctie(outcome.functie, module)}`);
    lines.push(`- Herkende secties: ${foundText.join(', ') || 'geen'}`);
    lines.push(`- Ontbrekende secties: ${coverage.missing.map(headingOf).join(', ') || 'geen'}${coverage.missing.length ? ' (in het concept staat er een "Invullen:"-regel onder)' : ''}`);
    if (module.intro.length) lines.push(`- Tekst tussen titel en eerste sectie (${formatCount(module.intro.filter(Boolean).length, 'regel', 'regels')}): staat bovenaan het concept; zet die onder de juiste kop.`);
    if (module.repeated.length) lines.push(`- Dubbele koppen in de bron: ${module.repeated.join(', ')}; de tekst is bij de eerste gezet.`);
    lines.push(...describeProblems(outcome.problems), '');
  });
  return lines.join('\n');
}
