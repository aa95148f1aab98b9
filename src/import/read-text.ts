import type { SourceDocument, SourceLine } from './source-lines.ts';

const digitsOnly = /^\s*\d{1,3}\s*$/;
const listMarker = /^\s*[-*+•]\s/;

/**
 * A PDF conversion starts each page on a line indented by one space (pdftotext and most OCR tools do);
 * a Markdown or Word-exported text does not. Nested list items are also indented, so they only count
 * when the document clearly has that layout.
 */
function findPageStarts(lines: string[]): Set<number> {
  const starts = new Set<number>();
  const indented = (line: string) => /^ \S/.test(line) && !digitsOnly.test(line);
  const plainIndented = lines.filter((line) => indented(line) && !listMarker.test(line)).length;
  if (plainIndented < 5) return starts;
  lines.forEach((line, index) => {
    if (indented(line)) starts.add(index);
  });
  return starts;
}

interface Footer {
  index: number;
  page: number;
}

/**
 * Running footers such as "42 Deel 2: Modulen": short lines that recur with the same words and one number
 * that changes from page to page. The changing number is the printed page.
 */
function findRunningFooters(lines: string[]): Footer[] {
  const families = new Map<string, Array<{ index: number; numbers: number[] }>>();
  lines.forEach((line, index) => {
    const text = line.trim();
    if (text.length > 60 || !/\d/.test(text) || /[.;:,]$/.test(text) && !/:\s*\S/.test(text)) return;
    const numbers = (text.match(/\d+/g) ?? []).map(Number);
    if (numbers.some((n) => n > 999)) return;
    const key = text.replace(/\d+/g, '#').replace(/[^\p{L}#]+/gu, ' ').trim().toLowerCase();
    if (!/\p{L}{3}/u.test(key) || !key.includes('#')) return;
    families.set(key, [...(families.get(key) ?? []), { index, numbers }]);
  });
  const footers: Footer[] = [];
  for (const members of families.values()) {
    if (members.length < 2 || new Set(members.map((m) => m.numbers.length)).size !== 1) continue;
    const changing = members[0].numbers.findIndex((_, position) => new Set(members.map((m) => m.numbers[position])).size === members.length);
    if (changing === -1) continue;
    for (const member of members) footers.push({ index: member.index, page: member.numbers[changing] });
  }
  return footers.sort((a, b) => a.index - b.index);
}

/** A word broken across lines: "daad-" + "werkelijk" → "daadwerkelijk"; "hulp-" + "en" stays "hulp- en". */
function joinBrokenWord(head: string, tail: string): string | undefined {
  const broken = /(\S*\p{Ll})-$/u.exec(head);
  if (!broken || !/^\p{Ll}/u.test(tail)) return undefined;
  const firstWord = tail.split(/\s/, 1)[0];
  // "hulp- en dienstverlening", "hand-en-spandiensten", "Echternach-processie": the hyphen is real.
  const keepHyphen = ['en', 'of', 'tot', 'als'].includes(firstWord) ? `${head} ` : broken[1].includes('-') || /^\p{Lu}/u.test(broken[1]) ? head : head.slice(0, -1);
  return `${keepHyphen}${tail}`;
}

/**
 * Reads a plain-text or Markdown document. For a PDF conversion it also finds the pages, drops running footers
 * and bare page numbers (keeping the number for each page), repairs words broken across lines and removes blank
 * lines that fall in the middle of a sentence.
 */
export function readText(raw: string): SourceDocument {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const notes: string[] = [];
  // Form feeds mark pages exactly when the converter writes them; otherwise the one-space indent does.
  const formFeeds = text.includes('\f');
  const lines = formFeeds ? text.split('\n').flatMap((line) => line.split('\f').map((part, i) => (i > 0 ? `\f${part}` : part))) : text.split('\n');
  const pageStarts = formFeeds ? new Set(lines.flatMap((line, i) => (line.startsWith('\f') ? [i] : []))) : findPageStarts(lines);
  const layout = pageStarts.size > 0;

  const dropped = new Set<number>();
  const anchors: Array<{ line: number; page: number }> = [];
  if (layout) {
    for (const footer of findRunningFooters(lines)) {
      dropped.add(footer.index);
      anchors.push({ line: footer.index, page: footer.page });
      // A footer closes its page: the next line with text starts a new one.
      const next = lines.findIndex((line, i) => i > footer.index && line.trim() !== '');
      if (next !== -1) pageStarts.add(next);
    }
    // A bare number as the last line of a page (or the first, after a form feed) is its page number.
    lines.forEach((line, index) => {
      if (!digitsOnly.test(line.replace(/^\f/, ''))) return;
      const after = lines.findIndex((l, i) => i > index && l.trim() !== '');
      if (pageStarts.has(index) || (after !== -1 && pageStarts.has(after))) {
        dropped.add(index);
        anchors.push({ line: index, page: Number(line.trim()) });
      }
    });
  }

  // Page index per line, then a printed number per page from the nearest anchor.
  const pageIndex: number[] = [];
  let current = 0;
  lines.forEach((_, i) => {
    if (pageStarts.has(i) && i > 0) current++;
    pageIndex.push(current);
  });
  const anchorPages = anchors.map((a) => ({ index: pageIndex[a.line], page: a.page }));
  const printedPage = (index: number): number | undefined => {
    if (!anchorPages.length) return undefined;
    const nearest = anchorPages.reduce((best, a) => (Math.abs(a.index - index) < Math.abs(best.index - index) ? a : best));
    const page = nearest.page + (index - nearest.index);
    return page > 0 ? page : undefined;
  };

  const out: SourceLine[] = [];
  let repaired = 0;
  let blanksJoined = 0;
  lines.forEach((line, i) => {
    if (dropped.has(i)) return;
    const textLine = line.replace(/^\f/, '').replace(/\s+$/, '');
    const entry: SourceLine = { text: pageStarts.has(i) ? textLine.replace(/^ /, '') : textLine };
    if (layout) {
      entry.page = printedPage(pageIndex[i]);
      if (pageStarts.has(i)) entry.pageStart = true;
    }
    const heading = /^(#{1,6})\s+\S/.exec(entry.text);
    if (heading) entry.headingLevel = heading[1].length;
    if (layout && entry.text.trim() && !entry.pageStart) {
      // Look back over blank lines to the previous line with text on the same page.
      let previous = out.length - 1;
      while (previous >= 0 && out[previous].text.trim() === '') previous--;
      const blanks = out.length - 1 - previous;
      const prev = out[previous];
      if (prev && !prev.headingLevel) {
        const joined = joinBrokenWord(prev.text, entry.text.trimStart());
        if (joined !== undefined) {
          prev.text = joined;
          out.length = previous + 1;
          repaired++;
          return;
        }
        // A blank line between "... de" and "volgende regel" is a conversion artefact, not a paragraph break.
        // Not after a page's first line (a running header) and not before an OCR'd icon ("m Aanmelding").
        const icon = /^\p{Ll}\s+\p{Lu}/u.test(entry.text);
        if (blanks > 0 && !prev.pageStart && !icon && /[\p{L},]$/u.test(prev.text) && /^\p{Ll}/u.test(entry.text) && !listMarker.test(entry.text)) {
          out.length = previous + 1;
          blanksJoined++;
        }
      }
    }
    out.push(entry);
  });

  if (layout) {
    const numbers = [...new Set(anchors.map((a) => a.page))];
    notes.push(
      numbers.length
        ? `Paginanummers gevonden (${numbers.join(', ')}); de bladzijde van elke module is daaruit afgeleid. ${dropped.size} regels met kop- of voettekst of een paginanummer weggelaten.`
        : 'Het document is een paginaweergave zonder paginanummers; vul `bron.pagina` zelf in.',
    );
    if (repaired) notes.push(`${repaired} woorden die over twee regels waren afgebroken weer aan elkaar gezet.`);
    if (blanksJoined) notes.push(`${blanksJoined} lege regels midden in een zin weggehaald.`);
  }
  return { lines: out, notes };
}
