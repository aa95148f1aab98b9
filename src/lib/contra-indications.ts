// Search must never put a module first because it names a problem as a contra-indication ("Contra-indicaties
// zijn onder andere psychotische decompensatie"). The module page gives such a sentence a low weight in the
// search index (Pagefind's data-pagefind-weight); the reader sees no difference.

/** Phrases that say who a module is not for. */
export const contraIndication = /contra-?indicati|niet geschikt voor|niet bedoeld voor|uitgesloten (?:van|zijn)|is geen (?:module|hulp) voor/i;

/** Weight of a contra-indication sentence: body text counts 1, headings up to 7. */
export const contraIndicationWeight = '0.1';

/** Splits a text into its sentence with a contra-indication and what comes before and after it. */
export function splitContraSentence(text: string): [string, string, string] | undefined {
  const match = contraIndication.exec(text);
  if (!match) return undefined;
  const before = text.lastIndexOf('. ', match.index);
  const start = before === -1 ? 0 : before + 2;
  const after = text.indexOf('. ', match.index);
  const end = after === -1 ? text.length : after + 1;
  return [text.slice(0, start), text.slice(start, end), text.slice(end)];
}

/**
 * Rendered HTML with every contra-indication sentence wrapped in a low-weight span. Only text between tags is
 * touched, a sentence at a time, so no tag is ever cut in two.
 */
export function weighContraIndications(html: string): string {
  return html.replace(/>([^<>]+)</g, (whole, text: string) => {
    const parts = splitContraSentence(text);
    if (!parts) return whole;
    const [before, sentence, after] = parts;
    return `>${before}<span data-pagefind-weight="${contraIndicationWeight}">${sentence}</span>${after}<`;
  });
}
