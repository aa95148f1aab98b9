import type { Heading, Root, RootContent } from 'mdast';
import { lineOf, parseMdx } from './mdx-source.ts';
import { notInSourceTag, placeholderPrefix, requiredSections, type Section, type SectionDefinition } from './sections.ts';

export interface BodySection<Key extends string = Section['key']> {
  key: Key;
  heading: string;
  anchor: string;
  /** 1-based line of the heading in the text that was parsed. */
  line: number;
  /** False when the editor marked the section with <NietInBron />: the source does not describe it. */
  described: boolean;
  /** The Markdown between this heading and the next, as the editor wrote it. */
  markdown: string;
}

/** A section as pages show it: rendered once to HTML by the content loader (src/loaders/module-loader.ts). */
export interface RenderedSection<Key extends string = Section['key']> extends Omit<BodySection<Key>, 'line' | 'markdown'> {
  /** Empty when the section is not described in the source. */
  html: string;
}

export interface BodyProblem {
  /** 1-based line in the parsed text, or undefined when the problem concerns a missing heading. */
  line?: number;
  message: string;
  /** A warning does not stop the check or the build (a section still to be filled in). */
  warning?: boolean;
}

const notInSourceName = notInSourceTag.replace(/[<\s/>]/g, '');

/** The plain text of a heading as the editor typed it, e.g. "Duur en frequentie". */
function headingText(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'code') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(headingText).join('');
  return '';
}

/** True when a section holds nothing but `<NietInBron />`. */
function onlyNotInSource(nodes: RootContent[]): boolean {
  return nodes.length === 1 && nodes[0].type === 'mdxJsxFlowElement' && nodes[0].name === notInSourceName;
}

/**
 * Splits a parsed module (or method page) into its `## ` sections and checks them against the standard order:
 * the sections of a module of `type`, or the list given (method pages: `methodSections`). It reads the top
 * level of the MDX tree, so a `##` line inside a code block or a list is never taken for a heading.
 */
export function readSections<S extends SectionDefinition = Section>(
  tree: Root,
  source: string,
  typeOrSections: string | undefined | readonly S[],
  what = 'een module',
): { sections: BodySection<S['key']>[]; problems: BodyProblem[] } {
  const expected = (Array.isArray(typeOrSections) ? typeOrSections : requiredSections(typeOrSections as string | undefined)) as readonly S[];
  const problems: BodyProblem[] = [];
  const content = tree.children.filter((node) => node.type !== 'yaml');
  const found: Array<{ heading: string; line: number; node: Heading; children: RootContent[] }> = [];
  let strayText = false;

  for (const node of content) {
    if (node.type === 'heading') {
      if (node.depth !== 2) {
        problems.push({
          line: lineOf(node),
          message: `kop "${headingText(node)}" heeft niveau ${node.depth}; ${what} kent alleen de vaste koppen van niveau 2 (## ). Maak er een alinea met een vetgedrukt begin van, of gebruik een lijst.`,
        });
        continue;
      }
      found.push({ heading: headingText(node).trim(), line: lineOf(node), node, children: [] });
    } else if (found.length) {
      found[found.length - 1].children.push(node);
    } else if (!strayText) {
      // One message for text before the first heading is enough.
      strayText = true;
      problems.push({ line: lineOf(node), message: 'er staat tekst vóór de eerste kop. Zet die tekst onder een van de vaste koppen.' });
    }
  }

  const sections: BodySection<S['key']>[] = [];
  const allowed = new Map<string, S>(expected.map((section) => [section.heading, section]));
  const order = expected.map((s) => s.heading).join(', ');
  let cursor = 0;
  const misplaced = new Set<string>();
  for (const heading of found) {
    const section = allowed.get(heading.heading);
    if (!section) {
      const typeNote = heading.heading === 'Inzet bij arbeidsrelevante problematiek' ? ' Deze kop hoort alleen bij modules van type b.' : '';
      problems.push({ line: heading.line, message: `onbekende kop "${heading.heading}". Verwacht een van: ${expected.map((s) => `"${s.heading}"`).join(', ')}.${typeNote}` });
      continue;
    }
    const position = expected.indexOf(section);
    if (position < cursor) {
      problems.push({ line: heading.line, message: `kop "${heading.heading}" staat niet op zijn plaats of komt dubbel voor. De volgorde is: ${order}.` });
      misplaced.add(section.key);
      continue;
    }
    cursor = position + 1;
    const first = heading.children[0]?.position?.start.offset;
    const last = heading.children.at(-1)?.position?.end.offset;
    const markdown = first === undefined || last === undefined ? '' : source.slice(first, last).trim();
    const described = !onlyNotInSource(heading.children);
    const mentionsTag = heading.children.some(function has(node: RootContent): boolean {
      return ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === notInSourceName) || ('children' in node && (node.children as RootContent[]).some(has));
    });
    if (!markdown) {
      problems.push({ line: heading.line, message: `de sectie "${heading.heading}" is leeg. Schrijf wat de bron erover zegt, of zet er ${notInSourceTag} als de bron dit onderdeel niet beschrijft.` });
    } else if (markdown.startsWith(placeholderPrefix)) {
      problems.push({ line: heading.line, warning: true, message: `de sectie "${heading.heading}" is nog niet ingevuld. Vervang de regel "${placeholderPrefix} …" door de tekst uit de bron, of door alleen ${notInSourceTag} als de bron dit onderdeel niet beschrijft.` });
    } else if (described && mentionsTag) {
      problems.push({ line: heading.line, message: `${notInSourceTag} moet het enige in de sectie "${heading.heading}" zijn. Haal de andere tekst weg of haal ${notInSourceTag} weg.` });
    }
    sections.push({ key: section.key, heading: section.heading, anchor: section.anchor, line: heading.line, described, markdown });
  }

  for (const section of expected) {
    if (!sections.some((s) => s.key === section.key) && !misplaced.has(section.key)) {
      problems.push({ message: `de verplichte kop "## ${section.heading}" ontbreekt. Voeg hem toe in de volgorde ${order}; zet er ${notInSourceTag} onder als de bron dit onderdeel niet beschrijft.` });
    }
  }
  return { sections, problems };
}

/**
 * Sections of a module body (the text after the frontmatter). Astro hands pages the body of an entry that the
 * checker has already accepted, so a syntax error here means the two disagree.
 */
export function parseBody(body: string, type: string | undefined): { sections: BodySection[]; problems: BodyProblem[] } {
  const parsed = parseMdx(body);
  if (parsed.error) return { sections: [], problems: [{ line: parsed.error.line, message: parsed.error.reason }] };
  return readSections(parsed.tree, body, type);
}
