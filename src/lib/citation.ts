export interface CitationInput {
  titel: string;
  werksoort: string;
  bronTitel: string;
  pagina: number;
  url: string;
  /** Date of this version of the module, as shown (e.g. "12 maart 2026"); left out when unknown. */
  versie?: string;
  /** Address of this version in the module's history (`…/#versie-2026-03-12`), when the build has the history. */
  versieUrl?: string;
}

/** A ready citation for a policy text, in plain text and as a Markdown link. */
export function citation(input: CitationInput): { text: string; markdown: string } {
  const source = `gebaseerd op ${input.bronTitel}, p. ${input.pagina}`;
  const version = input.versie ? `, versie van ${input.versie}` : '';
  if (input.versie && input.versieUrl) {
    return {
      text: `${input.titel} (${input.werksoort}). In: Modulewijzer${version}; ${source}. ${input.url} (deze versie: ${input.versieUrl})`,
      markdown: `[${input.titel} (${input.werksoort}), Modulewijzer](${input.url}), [versie van ${input.versie}](${input.versieUrl}); ${source}.`,
    };
  }
  return {
    text: `${input.titel} (${input.werksoort}). In: Modulewijzer${version}; ${source}. ${input.url}`,
    markdown: `[${input.titel} (${input.werksoort}), Modulewijzer](${input.url})${version}; ${source}.`,
  };
}
