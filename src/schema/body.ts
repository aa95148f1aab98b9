import { notInSourceTag, placeholderPrefix, requiredSections, type Section } from './sections.ts';

export interface BodySection {
  key: Section['key'];
  heading: string;
  anchor: string;
  /** 1-based line in the body where the heading stands. */
  line: number;
  /** False when the editor marked the section with <NietInBron />: the source does not describe it. */
  described: boolean;
  /** The Markdown between this heading and the next. */
  markdown: string;
}

export interface BodyProblem {
  /** 1-based line in the body, or undefined when the problem concerns a missing heading. */
  line?: number;
  message: string;
  /** A warning does not stop the check or the build (a section still to be filled in). */
  warning?: boolean;
}

const headingPattern = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/**
 * Splits a module body into its `## ` sections and checks them against the standard order.
 * Fenced code is skipped so that a `##` inside it is not taken for a heading.
 */
export function parseBody(body: string, type: string | undefined): { sections: BodySection[]; problems: BodyProblem[] } {
  const lines = body.split('\n');
  const expected = requiredSections(type);
  const problems: BodyProblem[] = [];
  const found: Array<{ heading: string; line: number; start: number; end: number }> = [];
  let inFence = false;

  lines.forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    const match = headingPattern.exec(text);
    if (!match) return;
    if (match[1].length !== 2) {
      problems.push({
        line: index + 1,
        message: `kop "${match[2]}" heeft niveau ${match[1].length}; een module kent alleen de vaste koppen van niveau 2 (## ). Maak er een alinea met een vetgedrukt begin van, of gebruik een lijst.`,
      });
      return;
    }
    if (found.length) found[found.length - 1].end = index;
    found.push({ heading: match[2], line: index + 1, start: index + 1, end: lines.length });
  });

  const beforeFirst = lines.slice(0, found[0]?.start ? found[0].start - 1 : lines.length).join('\n').trim();
  if (beforeFirst && found.length) {
    problems.push({ line: 1, message: `er staat tekst vóór de eerste kop. Zet die tekst onder een van de vaste koppen.` });
  }

  const sections: BodySection[] = [];
  const allowed = new Map<string, Section>(expected.map((section) => [section.heading, section]));
  let cursor = 0;
  const misplaced = new Set<string>();
  for (const heading of found) {
    const section = allowed.get(heading.heading);
    if (!section) {
      const typeNote = heading.heading === 'Inzet bij arbeidsrelevante problematiek' ? ' Deze kop hoort alleen bij modules van type b.' : '';
      problems.push({
        line: heading.line,
        message: `onbekende kop "${heading.heading}". Verwacht een van: ${expected.map((s) => `"${s.heading}"`).join(', ')}.${typeNote}`,
      });
      continue;
    }
    const position = expected.indexOf(section);
    if (position < cursor) {
      problems.push({
        line: heading.line,
        message: `kop "${heading.heading}" staat niet op zijn plaats of komt dubbel voor. De volgorde is: ${expected.map((s) => s.heading).join(', ')}.`,
      });
      misplaced.add(section.key);
      continue;
    }
    cursor = position + 1;
    const markdown = lines.slice(heading.start, heading.end).join('\n').trim();
    const described = markdown !== notInSourceTag;
    if (!markdown) {
      problems.push({
        line: heading.line,
        message: `de sectie "${heading.heading}" is leeg. Schrijf wat de bron erover zegt, of zet er ${notInSourceTag} als de bron dit onderdeel niet beschrijft.`,
      });
    } else if (markdown.startsWith(placeholderPrefix)) {
      problems.push({ line: heading.line, warning: true, message: `de sectie "${heading.heading}" is nog niet ingevuld. Vervang de regel "${placeholderPrefix} …" door de tekst uit de bron, of door alleen ${notInSourceTag} als de bron dit onderdeel niet beschrijft.` });
    } else if (described && markdown.includes('<NietInBron')) {
      problems.push({
        line: heading.line,
        message: `${notInSourceTag} moet het enige in de sectie "${heading.heading}" zijn. Haal de andere tekst weg of haal ${notInSourceTag} weg.`,
      });
    }
    sections.push({ key: section.key, heading: section.heading, anchor: section.anchor, line: heading.line, described, markdown });
  }

  for (const section of expected) {
    if (!sections.some((s) => s.key === section.key) && !misplaced.has(section.key)) {
      problems.push({
        message: `de verplichte kop "## ${section.heading}" ontbreekt. Voeg hem toe in de volgorde ${expected.map((s) => s.heading).join(', ')}; zet er ${notInSourceTag} onder als de bron dit onderdeel niet beschrijft.`,
      });
    }
  }
  return { sections, problems };
}
