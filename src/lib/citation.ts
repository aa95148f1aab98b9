export interface CitationInput {
  titel: string;
  werksoort: string;
  bronTitel: string;
  pagina: number;
  url: string;
  /** Date of this version of the module, as shown (e.g. "12 maart 2026"); left out when unknown. */
  versie?: string;
}

/** A ready citation for a policy text, in plain text and as a Markdown link. */
export function citation(input: CitationInput): { text: string; markdown: string } {
  const source = `gebaseerd op ${input.bronTitel}, p. ${input.pagina}`;
  const version = input.versie ? `, versie van ${input.versie}` : '';
  return {
    text: `${input.titel} (${input.werksoort}). In: Modulewijzer${version}; ${source}. ${input.url}`,
    markdown: `[${input.titel} (${input.werksoort}), Modulewijzer](${input.url})${version}; ${source}.`,
  };
}
