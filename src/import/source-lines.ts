/** One line of a source document after reading, with where it stood. */
export interface SourceLine {
  text: string;
  /** Printed page number, when the document shows page numbers (a PDF conversion with running footers). */
  page?: number;
  /** True for the first line of a page in a PDF conversion; such a line may be a running header. */
  pageStart?: boolean;
  /** Markdown heading level (`## Doelgroep` → 2), for documents that have real headings (Word, Markdown). */
  headingLevel?: number;
}

/** A document as the recogniser reads it: its lines, and what reading dropped or repaired, for the report. */
export interface SourceDocument {
  lines: SourceLine[];
  /** Lines for the report about what reading left out or changed, e.g. "3 afbeeldingen weggelaten". */
  notes: string[];
}
