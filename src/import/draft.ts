import { loadModuleText } from '../schema/load-content.ts';
import { getModuleSchema } from '../schema/module.ts';
import type { Problem } from '../schema/report.ts';
import { placeholderPrefix, requiredSections, sectionHints } from '../schema/sections.ts';
import { allFuncties, type Taxonomy } from '../schema/taxonomy.ts';
import { pickFunctie } from './functie-heading.ts';
import { normalise } from './normalise.ts';
import type { RecognisedModule } from './recognise.ts';

/** The first line of every draft: how the promote command and editors tell a draft from a module. */
export const draftMarker = '# CONCEPT';

export interface DraftFunctie {
  id?: string;
  /** The source heading it came from. */
  heading?: string;
  /** Set when the heading was misspelt: the functie name it probably means. */
  suggestion?: string;
  /** Other functies the same source heading covers ("Aanmelding en intake"). */
  alternatives: string[];
}

/** The functie a module gets from its source heading. */
export function draftFunctie(module: RecognisedModule, taxonomy: Taxonomy): DraftFunctie {
  const heading = module.functieHeading;
  if (!heading) return { alternatives: [] };
  const id = pickFunctie(heading.functies, module.title, taxonomy);
  return { id, heading: heading.heading, suggestion: heading.suggestion, alternatives: heading.functies.filter((f) => f !== id) };
}

export interface DraftOptions {
  module: RecognisedModule;
  werksoort: string;
  functie: DraftFunctie;
  /** Source id from bronnen.yaml, when the editor named it with --bron. */
  bron?: string;
  sourceFile: string;
  taxonomy: Taxonomy;
}

const quote = (text: string) => JSON.stringify(text);

/**
 * The draft file: frontmatter filled as far as the source tells, then every standard section in order with the
 * source's own text, or an `Invullen:` line where the source has no such section.
 */
export function draftText({ module, werksoort, functie, bron, sourceFile, taxonomy }: DraftOptions): string {
  const type = module.sections.some((s) => s.key === 'inzet-arbeid') ? 'b' : undefined;
  const functieName = functie.id ? allFuncties(taxonomy).find((f) => f.id === functie.id)?.naam : undefined;
  const frontmatter = [
    '---',
    `${draftMarker} uit ${sourceFile}, gemaakt met \`npm run import\`. Dit is nog geen module: de site publiceert het niet.`,
    '# Controleer de velden, vul de "Invullen:"-regels in, herschrijf de tekst in eigen woorden en maak er dan',
    '# een module van met `npm run promote -- <dit bestand>`. Die kiest ook een vrij id en een vrije code.',
    `titel: ${quote(module.title)}`,
    `werksoort: ${werksoort}`,
  ];
  if (functie.id && functie.suggestion) {
    frontmatter.push(`# De kop in de bron is "${functie.heading}": geen bekende functie. Bedoelt u "${functie.suggestion}"? Controleer het veld functie.`);
  } else if (functie.alternatives.length) {
    frontmatter.push(`# De kop in de bron ("${functie.heading}") past ook bij: ${functie.alternatives.join(', ')}. Controleer het veld functie.`);
  }
  if (functie.id) frontmatter.push(`functie: ${functie.id}`);
  else frontmatter.push('# De bron noemt geen functie die in content/taxonomie/functies.yaml staat; vul `functie:` zelf in.');
  if (type) frontmatter.push(`type: ${type}`);
  if (functie.heading && !functie.suggestion && normalise(functie.heading) !== normalise(functieName ?? '')) frontmatter.push(`bronrubriek: ${quote(functie.heading)}`);
  frontmatter.push(`samenvatting: ${quote(`${placeholderPrefix} één zin over wat deze module biedt en voor wie.`)}`);
  frontmatter.push('bron:');
  frontmatter.push(`  document: ${bron ?? quote(`${placeholderPrefix} een bron-id uit content/taxonomie/bronnen.yaml`)}`);
  if (module.page) frontmatter.push(`  pagina: ${module.page}`);
  else frontmatter.push('  # pagina: de bron toont hier geen paginanummer; vul de bladzijde in waar de module begint.');
  if (module.schakel) frontmatter.push('# De bron noemt dit een schakelmodule: zet bij `schakel:` de tegenhanger(s) in de andere werksoort, elk met herkomst (`- id: …` en `pagina:` of `redactie:`), of `schakelZonderTegenhanger: <bladzijde>` als de bron er geen noemt.');
  frontmatter.push('verwijzingen: []', 'trefwoorden: []', '---');

  const body: string[] = [];
  if (module.intro.length) body.push(`${module.intro.join('\n')}\n`);
  for (const section of requiredSections(type)) {
    const found = module.sections.find((s) => s.key === section.key);
    const text = found?.lines.length ? found.lines.join('\n') : `${placeholderPrefix} ${sectionHints[section.key]}`;
    body.push(`## ${section.heading}\n\n${text}\n`);
  }
  return `${frontmatter.join('\n')}\n\n${body.join('\n')}`;
}

/**
 * What `npm run check` would say about the draft. The id and code are left out: `npm run promote` picks them.
 */
export function checkDraft(file: string, text: string): Problem[] {
  const { problems } = loadModuleText(file, text, getModuleSchema());
  return problems.filter((problem) => problem.field !== 'id' && problem.field !== 'code');
}
