import { slugify } from '../text/slugs.ts';

/** Text for comparing names: no accents, lower case, punctuation as single spaces ("Materiële " → "materiele"). */
export function normalise(text: string): string {
  return slugify(text).replace(/-/g, ' ');
}

/** A line without Markdown heading marks, bold or italics, and surrounding space: "## **Doel:**" → "Doel:". */
export function stripMarkup(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/(\*\*|__)/g, '')
    .replace(/^\s*[*_](\S.*\S)[*_]\s*$/, '$1')
    .trim();
}
