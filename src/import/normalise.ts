/** Text for comparing names: no accents, lower case, punctuation as single spaces ("Materiële " → "materiele"). */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A line without Markdown heading marks, bold or italics, and surrounding space: "## **Doel:**" → "Doel:". */
export function stripMarkup(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/(\*\*|__)/g, '')
    .replace(/^\s*[*_](\S.*\S)[*_]\s*$/, '$1')
    .trim();
}
