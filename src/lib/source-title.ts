import type { Bron } from '../schema/taxonomy.ts';

/**
 * A source's title short enough for a line of provenance: the main title before the subtitle, with the year,
 * e.g. "Modulen voor individueel sociaal werk in de wijk, 2011".
 */
export function shortSourceTitle(bron: Pick<Bron, 'titel' | 'jaar'>): string {
  const main = bron.titel.split(/[.:](?:\s|$)/)[0].trim();
  return bron.jaar ? `${main}, ${bron.jaar}` : main;
}
