import type { Root, RootContent } from 'mdast';
import { lineOf, walk } from './mdx-source.ts';
import { notInSourceTag } from './sections.ts';

export interface SafetyProblem {
  line: number;
  column?: number;
  message: string;
}

/** Components an editor may use in a module body. Everything else that MDX would run or render as HTML is refused. */
export const allowedComponents = [notInSourceTag] as const;
const allowedNames = new Set(allowedComponents.map((tag) => tag.replace(/[<\s/>]/g, '')));

/** URL schemes that run code or smuggle content when a reader clicks a link. */
const unsafeScheme = /^\s*(javascript|vbscript|data)\s*:/i;

const columnOf = (node: RootContent) => node.position?.start.column;

/**
 * Module files are content, not code: MDX would execute imports, exports and expressions, and render JSX and HTML.
 * The decision is made on the nodes of the parsed tree, so `< 3 maanden`, an escaped `\{` and braces inside code
 * are ordinary text, while anything that would run or render markup is refused with its line.
 */
export function checkSafety(tree: Root): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  const report = (node: RootContent, message: string) => problems.push({ line: lineOf(node), column: columnOf(node), message });
  // MDX has no indented code blocks but the Markdown renderer does: a paragraph indented four spaces would show as
  // code on the page. The checker refuses it so that what it accepts renders as the editor meant.
  for (const node of tree.children) {
    if (node.type === 'paragraph' && (node.position?.start.column ?? 1) >= 5) {
      report(node, 'deze alinea begint met vier of meer spaties en zou als computercode worden getoond. Haal de spaties aan het begin van de regel weg.');
    }
  }
  walk(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = node.value.trim().split(/\s/)[0];
        report(node, `een module mag geen \`${keyword}\` bevatten: modulebestanden zijn tekst, geen code. Haal deze regel weg.`);
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, `accolades { } zijn niet toegestaan: MDX voert wat ertussen staat uit als code ("{${node.value.trim().slice(0, 30)}}"). Schrijf \\{ en \\} als u de tekens zelf bedoelt, of laat ze weg.`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (allowedNames.has(name)) {
          if (node.attributes.length || node.children.length) report(node, `schrijf ${notInSourceTag} precies zo, zonder attributen of inhoud.`);
          break;
        }
        const handler = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && /^on/i.test(a.name));
        const detail = /^script$/i.test(name)
          ? 'een <script> is niet toegestaan'
          : handler && handler.type === 'mdxJsxAttribute'
            ? `een event-attribuut (${handler.name}) in <${name}> is niet toegestaan`
            : name
              ? `<${name}> is geen toegestaan onderdeel`
              : 'een leeg fragment <> is geen toegestaan onderdeel';
        report(node, `${detail}. In een module staat alleen Markdown (koppen, lijsten, **vet**, *cursief*, links, tabellen), plus ${allowedComponents.join(', ')} als enige inhoud van een sectie die de bron niet beschrijft. Bedoelt u het teken "<", schrijf dan "\\<" of "minder dan".`);
        break;
      }
      case 'link':
      case 'definition':
      case 'image':
        if (unsafeScheme.test(node.url)) {
          report(node, `een link naar "${node.url.split(':')[0]}:" is niet toegestaan. Gebruik een gewoon webadres (https://…) of haal de link weg.`);
        }
        break;
      case 'html':
        // Plain Markdown only; MDX turns HTML into JSX, so this appears only if the parser settings change.
        report(node, 'HTML is niet toegestaan in een module. Schrijf de tekst in Markdown.');
        break;
    }
  });
  return problems;
}
