import { closestMatch } from '../text/closest-match.ts';
import { sections, type SectionKey } from '../schema/sections.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import { createFunctieMatcher, type FunctieHeading, type FunctieMatcher } from './functie-heading.ts';
import { normalise, stripMarkup } from './normalise.ts';
import type { SourceDocument, SourceLine } from './source-lines.ts';

export interface RecognisedSection {
  key: SectionKey;
  /** The heading as the source wrote it, e.g. "Werkwijze/activiteiten". */
  sourceHeading: string;
  /** The source's text under the heading, verbatim. */
  lines: string[];
}

export interface RecognisedModule {
  title: string;
  /** Index in the document's lines of the first title line. */
  line: number;
  /** Printed page where the module starts, from the page numbers or the table of contents. */
  page?: number;
  /** The source marks the module as a schakelmodule (a "Schakelmodule" line, or "(schakelmodule)" in the contents). */
  schakel: boolean;
  /** Werksoort id from the part heading above the module ("Wijkmaatschappelijk werk"). */
  werksoort?: string;
  /** The source's group heading that says which functie the module has, and where it was found. */
  functieHeading?: FunctieHeading & { foundIn: 'kopregel' | 'kop' | 'inhoudsopgave' };
  /** Text between the title and the first section heading. */
  intro: string[];
  sections: RecognisedSection[];
  /** Source headings that occurred a second time; their text was added to the first. */
  repeated: string[];
}

export interface Recognition {
  modules: RecognisedModule[];
  /** Part headings naming a werksoort, in document order. */
  parts: Array<{ werksoort: string; line: number }>;
}

const sectionByName = new Map<string, SectionKey>(
  sections.flatMap((section) => [section.heading, ...section.variants].map((name) => [normalise(name), section.key] as const)),
);
const sectionOrder = new Map<SectionKey, number>(sections.map((section, index) => [section.key, index]));
const listItem = /^\s*[-*•]\s/;

/** Drops OCR'd icons and numbering in front of a heading: "4+ Doelgroep", "m Aanmelding", "() Lichte bemiddeling". */
function stripLeadIn(text: string): string {
  return stripMarkup(text).replace(/^(?:[^\p{L}(]+|\(\)\s*|\p{L}\s+(?=\p{Lu}))*/u, '');
}

/** Rule 1: a section heading is a short line, not a list item, naming a section or one of its variants. */
export function sectionOf(text: string): SectionKey | undefined {
  if (listItem.test(text)) return undefined;
  const clean = stripLeadIn(text).replace(/[:.]\s*$/, '');
  if (!clean || clean.length > 80) return undefined;
  return sectionByName.get(normalise(clean));
}

const isSchakelLine = (text: string) => normalise(stripLeadIn(text)) === 'schakelmodule';

/** Rule 2: a title is a short paragraph of at most three lines that does not end like a sentence. */
function isTitleLike(lines: SourceLine[]): boolean {
  if (lines.length > 3 || listItem.test(lines[0].text)) return false;
  const text = lines.map((l) => stripLeadIn(l.text)).join(' ').trim();
  if (lines.some((l) => l.text.trim().length > 90)) return false; // a wrapped line of body text
  return text.length >= 3 && text.length <= 160 && /\p{L}{3}/u.test(text) && !/[.;:,!?]$/.test(text) && !sectionOf(lines[0].text);
}

/** The title as the source gives it, without icons, numbering or a "(schakelmodule)" note. */
export function cleanTitle(lines: string[]): string {
  return lines
    .map(stripLeadIn)
    .join(' ')
    .replace(/\s*\(schakelmodule\)\s*/i, ' ')
    .replace(/[*”"’™]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Paragraph boundaries: blank lines, page starts, Markdown headings, "Schakelmodule" lines and section headings. */
function startsOwnLine(line: SourceLine): boolean {
  return !!line.headingLevel || isSchakelLine(line.text) || !!sectionOf(line.text);
}

function paragraphsBefore(lines: SourceLine[], from: number, to: number, isGroupHeading: (text: string) => boolean): Array<{ start: number; end: number }> {
  const paragraphs: Array<{ start: number; end: number }> = [];
  let end = -1;
  for (let i = from; i >= to; i--) {
    const line = lines[i];
    if (!line.text.trim()) {
      if (end !== -1) paragraphs.push({ start: i + 1, end });
      end = -1;
      continue;
    }
    // A running header at the top of a page stands alone; any other page start may be a title's first line.
    if (end !== -1 && (startsOwnLine(lines[i + 1]) || (lines[i].pageStart && isGroupHeading(lines[i].text)))) {
      paragraphs.push({ start: i + 1, end });
      end = -1;
    }
    if (end === -1) end = i;
    if (line.pageStart || startsOwnLine(line)) {
      if (end !== i && line.pageStart && isGroupHeading(line.text)) paragraphs.push({ start: i + 1, end }), (end = i);
      paragraphs.push({ start: i, end });
      end = -1;
    }
  }
  if (end !== -1) paragraphs.push({ start: to, end });
  return paragraphs;
}

const standalone = (lines: SourceLine[], i: number) =>
  !!lines[i].headingLevel || !!lines[i].pageStart || ((i === 0 || !lines[i - 1].text.trim()) && (i === lines.length - 1 || !lines[i + 1].text.trim()));

function findParts(lines: SourceLine[], taxonomy: Taxonomy): Recognition['parts'] {
  const names = new Map(taxonomy.werksoorten.map((w) => [normalise(w.naam), w.id]));
  const clean = (text: string) =>
    normalise(stripMarkup(text).replace(/^\d+\s+/, '').replace(/^deel\s+\d+\s*:?\s*/i, '').replace(/^modul(?:en|es)\s*/i, ''));
  const parts: Recognition['parts'] = [];
  lines.forEach((line, i) => {
    if (!line.text.trim() || line.text.length > 60) return;
    const next = lines.slice(i + 1).find((l) => l.text.trim());
    const id = names.get(clean(line.text)) ?? (next && next.text.length < 40 ? names.get(clean(`${line.text} ${next.text}`)) : undefined);
    if (id) parts.push({ werksoort: id, line: i });
  });
  return parts;
}

interface Run {
  headings: number[];
}

/** Rule 3: a module is a run of at least three section headings in the standard order; a heading out of order starts the next. */
function findRuns(lines: SourceLine[]): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  let previous: { key: SectionKey; line: number } | undefined;
  lines.forEach((line, i) => {
    const key = sectionOf(line.text);
    if (!key) return;
    if (!current || !previous || sectionOrder.get(key)! <= sectionOrder.get(previous.key)! || i - previous.line > 250) {
      current = { headings: [] };
      runs.push(current);
    }
    current.headings.push(i);
    previous = { key, line: i };
  });
  return runs.filter((run) => new Set(run.headings.map((i) => sectionOf(lines[i].text))).size >= 3);
}

interface TocEntry {
  line: number;
  module: number;
  page?: number;
  schakel: boolean;
}

/** Rule 6: a table of contents names the modules, often with a page number and "(schakelmodule)", under the group headings. */
function findTocEntries(lines: SourceLine[], modules: RecognisedModule[], spans: Array<[number, number]>, matcher: FunctieMatcher): TocEntry[] {
  const entries: TocEntry[] = [];
  const inSpan = (i: number) => spans.some(([start, end]) => i >= start && i < end);
  lines.forEach((line, i) => {
    const raw = stripMarkup(line.text);
    if (!raw || raw.length > 140 || inSpan(i)) return;
    const marked = /^\s*([-*•]|\d+\.)\s*/.test(raw);
    let text = raw.replace(/^\s*[-*•]\s+/, '').replace(/^\d+\.\s*/, '');
    const page = /^(.*?\D)\s*(\d{1,3})$/.exec(text);
    if (page) text = page[1];
    if (!marked && !page && matcher.exact(text)) return; // a group heading, not an entry
    const schakel = /\(schakelmodule\)/i.test(text);
    const title = normalise(cleanTitle([text]));
    if (title.length < 3) return;
    const following = modules.map((m, index) => ({ m, index })).filter(({ m }) => m.line > i);
    let hit = following.find(({ m }) => normalise(m.title) === title);
    if (!hit && title.length >= 8) {
      const near = closestMatch(title, following.map(({ m }) => normalise(m.title)));
      if (near) hit = following.find(({ m }) => normalise(m.title) === near);
    }
    if (hit) entries.push({ line: i, module: hit.index, page: page ? Number(page[2]) : undefined, schakel });
  });
  return entries;
}

/**
 * Finds the modules in a document: their titles, sections, schakelmodule marks, werksoort part, functie
 * heading and page. The rules are numbered in the comments and described in CONTRIBUTING.md.
 */
export function recognise(doc: SourceDocument, taxonomy: Taxonomy): Recognition {
  const { lines } = doc;
  const matcher = createFunctieMatcher(taxonomy);
  const parts = findParts(lines, taxonomy);
  const runs = findRuns(lines);

  // Titles: the nearest title-like paragraph above each run, skipping a "Schakelmodule" line and intro text.
  const starts: Array<{ run: Run; titleStart: number; titleEnd: number; schakel: boolean }> = [];
  runs.forEach((run, r) => {
    const lowerBound = r > 0 ? runs[r - 1].headings.at(-1)! + 1 : 0;
    let schakel = false;
    for (const paragraph of paragraphsBefore(lines, run.headings[0] - 1, lowerBound, (text) => !!matcher.exact(text))) {
      const block = lines.slice(paragraph.start, paragraph.end + 1);
      if (block.length === 1 && isSchakelLine(block[0].text)) {
        schakel = true;
        continue;
      }
      if (isTitleLike(block)) {
        starts.push({ run, titleStart: paragraph.start, titleEnd: paragraph.end, schakel });
        return;
      }
    }
  });

  const modules: RecognisedModule[] = [];
  const spans: Array<[number, number]> = [];
  starts.forEach((start, m) => {
    const title = cleanTitle(lines.slice(start.titleStart, start.titleEnd + 1).map((l) => l.text));
    const module: RecognisedModule = { title, line: start.titleStart, schakel: start.schakel, intro: [], sections: [], repeated: [] };
    module.page = lines[start.titleStart].page;
    module.werksoort = parts.filter((p) => p.line < start.titleStart).at(-1)?.werksoort;
    const limit = starts[m + 1]?.titleStart ?? lines.length;
    const last = start.run.headings.at(-1)!;
    const headings = new Set(start.run.headings);
    let target = module.intro;
    let end = limit;
    for (let i = start.titleEnd + 1; i < limit; i++) {
      const line = lines[i];
      const text = line.text;
      if (headings.has(i)) {
        const key = sectionOf(text)!;
        const existing = module.sections.find((s) => s.key === key);
        if (existing) {
          module.repeated.push(stripLeadIn(text));
          target = existing.lines;
        } else {
          const section: RecognisedSection = { key, sourceHeading: stripLeadIn(text).replace(/[:.]\s*$/, ''), lines: [] };
          module.sections.push(section);
          target = section.lines;
        }
        continue;
      }
      if (!text.trim()) {
        target.push('');
        continue;
      }
      if (!module.sections.length && isSchakelLine(text)) {
        module.schakel = true;
        continue;
      }
      const group = matcher.exact(text);
      const sameAsTitle = normalise(stripLeadIn(text)) === normalise(title);
      if (i > last) {
        // Rule 5: after the last section, a group heading, a new part, a heading or a new page with a heading ends the module.
        const close = standalone(lines, i) ? group ?? matcher.close(text) : undefined;
        const partHeading = parts.some((p) => p.line === i);
        const newPage = line.pageStart && !sameAsTitle && isTitleLike([line]);
        if (close || partHeading || newPage || (line.headingLevel && !sectionOf(text))) {
          end = i;
          break;
        }
      } else if ((line.pageStart && (group || sameAsTitle)) || (group && standalone(lines, i))) {
        // Rule 4: a running header (the group heading or title repeated at the top of a page) is not text.
        if (group && !module.functieHeading) module.functieHeading = { ...group, foundIn: 'kopregel' };
        continue;
      }
      target.push(text);
    }
    for (const list of [module.intro, ...module.sections.map((s) => s.lines)]) {
      while (list.length && !list.at(-1)!.trim()) list.pop();
      while (list.length && !list[0].trim()) list.shift();
    }
    spans.push([start.titleStart, end]);
    modules.push(module);
  });

  // Functie and page from the group heading just above a module, else from the table of contents.
  const toc = findTocEntries(lines, modules, spans, matcher);
  modules.forEach((module, m) => {
    const entries = toc.filter((e) => e.module === m);
    const entry = entries.at(-1);
    if (entries.some((e) => e.schakel)) module.schakel = true;
    module.page ??= entry?.page;
    if (module.functieHeading) return;
    const lastTocLine = toc.filter((e) => e.line < module.line).at(-1)?.line ?? -1;
    const gapStart = Math.max(m > 0 ? spans[m - 1][1] : 0, lastTocLine + 1);
    for (let i = module.line - 1; i >= gapStart; i--) {
      if (!lines[i].text.trim() || !standalone(lines, i)) continue;
      const heading = matcher.exact(lines[i].text) ?? matcher.close(lines[i].text);
      if (heading) {
        module.functieHeading = { ...heading, foundIn: 'kop' };
        return;
      }
    }
    if (entry) {
      for (let i = entry.line - 1; i >= 0; i--) {
        const heading = standalone(lines, i) || /\S/.test(lines[i].text) ? matcher.exact(lines[i].text) : undefined;
        if (heading && !toc.some((e) => e.line === i)) {
          module.functieHeading = { ...heading, foundIn: 'inhoudsopgave' };
          return;
        }
      }
    }
  });
  return { modules, parts };
}
