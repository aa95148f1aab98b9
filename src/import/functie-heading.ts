import { closestMatch } from '../text/closest-match.ts';
import { allFuncties, type Taxonomy } from '../schema/taxonomy.ts';
import { normalise, stripMarkup } from './normalise.ts';

/** What a group heading in a source says about the functie of the modules below it. */
export interface FunctieHeading {
  /** The heading as the source writes it, e.g. "Concrete dienstverlening". */
  heading: string;
  /** Functie ids whose name or `bronnamen` equal the heading; several when a source name covers more than one. */
  functies: string[];
  /** When the heading is not a known name but one name is close: that name (a did-you-mean). */
  suggestion?: string;
}

/** "Functie: begeleiding" and "Modulen voor de toegangsfuncties" are headings too; strip the lead-in. */
function headingText(text: string): string {
  return stripMarkup(text)
    .replace(/^(functie|functies)\s*:\s*/i, '')
    .replace(/^modulen?\s+voor\s+(de\s+)?/i, '')
    .trim();
}

/** Matches source group headings against the functie names and `bronnamen` in functies.yaml. */
export function createFunctieMatcher(taxonomy: Taxonomy) {
  const byName = new Map<string, { name: string; ids: string[] }>();
  for (const functie of allFuncties(taxonomy)) {
    for (const name of [functie.naam, ...functie.bronnamen]) {
      const key = normalise(name);
      const entry = byName.get(key) ?? { name, ids: [] };
      if (!entry.ids.includes(functie.id)) entry.ids.push(functie.id);
      byName.set(key, entry);
    }
  }
  const names = [...byName.values()].map((entry) => entry.name);

  return {
    /** The functies a heading names exactly (ignoring case, accents and punctuation), or undefined. */
    exact(text: string): FunctieHeading | undefined {
      const heading = headingText(text);
      const entry = byName.get(normalise(heading));
      return entry ? { heading, functies: entry.ids } : undefined;
    },
    /** A heading that is one typo away from a functie name: returns the name it probably means. */
    close(text: string): FunctieHeading | undefined {
      const heading = headingText(text);
      if (heading.length < 6 || /\d/.test(heading)) return undefined;
      const suggestion = closestMatch(heading, names);
      if (!suggestion) return undefined;
      return { heading, functies: byName.get(normalise(suggestion))!.ids, suggestion };
    },
  };
}

export type FunctieMatcher = ReturnType<typeof createFunctieMatcher>;

/**
 * One functie for a module: when the source heading covers several ("Aanmelding en intake"), the one
 * whose name the title mentions ("Outreachende intake" → intake), else the first.
 */
export function pickFunctie(functies: string[], title: string, taxonomy: Taxonomy): string | undefined {
  if (functies.length <= 1) return functies[0];
  const words = normalise(title).split(' ');
  const named = functies.find((id) => {
    const functie = allFuncties(taxonomy).find((f) => f.id === id);
    const first = normalise(functie?.naam ?? id).split(' ')[0];
    return words.includes(first) || words.includes(id);
  });
  return named ?? functies[0];
}
