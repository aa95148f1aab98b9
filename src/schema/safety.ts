import { notInSourceTag } from './sections.ts';

export interface SafetyProblem {
  line: number;
  message: string;
}

/** Components an editor may use in a module body. Everything else that MDX would run or render as HTML is refused. */
export const allowedComponents = [notInSourceTag] as const;

/**
 * Module files are content, not code: MDX would execute imports, exports and expressions, and render raw HTML.
 * We refuse all of that, so an editor's file can never put a script or a tracking pixel on the site.
 */
export function checkSafety(body: string): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  let inFence = false;
  body.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    if (/^\s*(import|export)\s/.test(text)) {
      problems.push({ line, message: `een module mag geen \`${text.trim().split(/\s/)[0]}\` bevatten: modulebestanden zijn tekst, geen code. Haal deze regel weg.` });
      return;
    }
    if (/javascript\s*:/i.test(text)) {
      problems.push({ line, message: 'een link naar "javascript:" is niet toegestaan. Gebruik een gewone webadres (https://…) of haal de link weg.' });
    }
    if (/[{}]/.test(text)) {
      problems.push({ line, message: 'accolades { } zijn niet toegestaan: MDX voert ze uit als code. Schrijf de tekst zonder accolades.' });
    }
    const withoutAllowed = allowedComponents.reduce((rest, tag) => rest.split(tag).join(''), text);
    const tag = /<\s*\/?\s*([A-Za-z][\w.-]*)([^>]*)>?/.exec(withoutAllowed);
    if (tag) {
      const name = tag[1];
      const detail = /^script$/i.test(name)
        ? 'een <script> is niet toegestaan'
        : /\son\w+\s*=/i.test(tag[2] ?? '')
          ? `een event-attribuut (zoals onclick) in <${name}> is niet toegestaan`
          : `<${name}> is geen toegestaan onderdeel`;
      problems.push({ line, message: `${detail}. In een module mag alleen Markdown staan, plus ${allowedComponents.join(', ')} als enige inhoud van een sectie die de bron niet beschrijft. Schrijf een "kleiner dan"-teken als "minder dan".` });
    } else if (/</.test(withoutAllowed)) {
      problems.push({ line, message: 'het teken "<" is niet toegestaan: MDX leest het als het begin van HTML. Schrijf "minder dan" of "kleiner dan".' });
    }
  });
  return problems;
}
