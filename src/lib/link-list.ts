// The list of modules found in a policy document, in the formats people paste it into: Markdown, plain text,
// a table for Word (HTML) and a spreadsheet (CSV). Every line carries the module's citation as the module page
// gives it, from the one citation() function.
import { citation, type CitationInput } from './citation.ts';
import { csvCell } from '../text/csv.ts';

export interface LinkListItem {
  /** How the document names the module (each distinct spelling once). */
  genoemdAls: string[];
  werksoort: string;
  korteLink: string;
  citaat: CitationInput;
}

const quoteAll = (names: string[]) => names.map((n) => `“${n}”`).join(', ');

export function linkListMarkdown(items: readonly LinkListItem[]): string {
  return items.map((item) => `- ${citation(item.citaat).markdown} Genoemd als ${quoteAll(item.genoemdAls)}.`).join('\n');
}

export function linkListText(items: readonly LinkListItem[]): string {
  return items.map((item) => `${citation(item.citaat).text} (genoemd als ${quoteAll(item.genoemdAls)})`).join('\n');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const columns = ['Genoemd als', 'Module', 'Werksoort', 'Link', 'Citaat'];

/** A table that Word and spreadsheet programs take over with its columns when it is pasted. */
export function linkListHtmlTable(items: readonly LinkListItem[]): string {
  const head = `<tr>${columns.map((c) => `<th>${c}</th>`).join('')}</tr>`;
  const rows = items.map((item) => {
    const url = escapeHtml(item.citaat.url);
    const cells = [escapeHtml(item.genoemdAls.join(', ')), escapeHtml(item.citaat.titel), escapeHtml(item.werksoort), `<a href="${url}">${url}</a>`, escapeHtml(citation(item.citaat).text)];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

/** The table as a page of its own, to download and open in Word. */
export function linkListHtmlDocument(items: readonly LinkListItem[]): string {
  return `<!doctype html>\n<html lang="nl">\n<head><meta charset="utf-8"><title>Modules in het beleidsstuk</title></head>\n<body>\n<h1>Modules in het beleidsstuk</h1>\n${linkListHtmlTable(items)}\n</body>\n</html>\n`;
}

/** CSV as the open data writes it: UTF-8 with byte-order mark, semicolons, CRLF. */
export function linkListCsv(items: readonly LinkListItem[]): string {
  const rows = [
    ['genoemd_als', 'titel', 'werksoort', 'url', 'korte_link', 'citaat'],
    ...items.map((item) => [item.genoemdAls.join(', '), item.citaat.titel, item.werksoort, item.citaat.url, item.korteLink, citation(item.citaat).text]),
  ];
  return `\ufeff${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
