import { mdxToMdast } from 'satteri';
import type { Root, RootContent } from 'mdast';

/**
 * Module files are read by Sätteri, the MDX parser that Astro's @astrojs/mdx compiles them with. The checker
 * therefore sees exactly the tree the build sees: what it accepts the build accepts, and a syntax error is
 * reported with the compiler's own line and column (docs/architecture.md says why not unified/remark-mdx).
 * GFM is on, as in Astro's default Markdown settings, so tables and strikethrough parse as they render.
 */
export const mdxFeatures = { gfm: true } as const;

export interface MdxSyntaxError {
  /** 1-based line and column in the text that was parsed. */
  line: number;
  column: number;
  /** The parser's rule, e.g. `mdx-jsx:unexpected-character`. */
  rule?: string;
  /** The parser's own English message, kept for the record. */
  reason: string;
}

export type MdxParse = { tree: Root; error?: undefined } | { tree?: undefined; error: MdxSyntaxError };

/** Parses MDX into mdast with positions, or returns the first syntax error. */
export function parseMdx(text: string): MdxParse {
  try {
    return { tree: mdxToMdast(text, { features: mdxFeatures }) as Root };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const place = /^(\d+):(\d+):\s*/.exec(message);
    const rule = /\(([\w-]+:[\w-]+)\)\s*$/.exec(message)?.[1];
    return {
      error: {
        line: place ? Number(place[1]) : 1,
        column: place ? Number(place[2]) : 1,
        rule,
        reason: message.replace(/^\d+:\d+:\s*/, ''),
      },
    };
  }
}

/** Calls `visit` for every node below `node`, depth first, in document order. */
export function walk(node: Root | RootContent, visit: (node: RootContent) => void): void {
  if (!('children' in node)) return;
  for (const child of node.children as RootContent[]) {
    visit(child);
    walk(child, visit);
  }
}

/** The 1-based line where a node starts (the parser records positions on every node). */
export const lineOf = (node: { position?: { start: { line: number } } }): number => node.position?.start.line ?? 1;

/**
 * What a content editor should do about an MDX syntax error. MDX reads `<` as the start of a tag and `{` as the
 * start of code, so the common cases are a "smaller than" sign, an HTML comment and a stray brace.
 */
export function explainSyntaxError(error: MdxSyntaxError, lineText: string): string {
  const at = lineText.slice(Math.max(0, error.column - 1));
  if (at.startsWith('<!--')) {
    return 'HTML-commentaar (<!-- … -->) kan niet in een module: MDX leest het als een onvolledige tag. Haal het commentaar weg; wilt u iets voor collega-redacteuren vastleggen, zet het dan in de beschrijving van uw wijziging.';
  }
  if (/^<[\s\d=<>.,;:!?)(-]/.test(at) || (at.startsWith('<') && /unexpected-character/.test(error.rule ?? '') && !/^<\/?[A-Za-z]/.test(at))) {
    return 'het teken "<" direct gevolgd door een cijfer of leesteken leest MDX als het begin van een tag. Schrijf een spatie erna ("< 3 maanden"), schrijf "minder dan", of zet er een backslash voor ("\\<3").';
  }
  if (at.startsWith('{') || /expression/.test(error.rule ?? '') || /acorn|expression/i.test(error.reason)) {
    return 'een accolade { of } leest MDX als het begin van code. Schrijf er een backslash voor (\\{ en \\}) of laat de accolades weg.';
  }
  const tag = /^<\/?\s*([A-Za-z][\w.-]*)/.exec(at)?.[1] ?? /`<(\w+)>`/.exec(error.reason)?.[1];
  if (tag) {
    return `de tag <${tag}> is niet (goed) afgesloten. In een module staat alleen Markdown: gebruik **vet**, *cursief*, lijsten en koppen in plaats van HTML-tags; bedoelt u het teken "<", schrijf dan "\\<" of "minder dan".`;
  }
  return `MDX kan deze regel niet lezen (${error.reason}). Controleer de tekens < > { } op deze plek; schrijf ze met een backslash ervoor (\\< \\{) als ze gewone tekst zijn.`;
}
