// The search-terms block (src/components/SearchTermsBlock.astro) is written for Pagefind alone: hidden, and read by
// nobody once the index holds it. After indexing it is taken out of the published pages (scripts/after-index.ts),
// so readers do not download it and search engines do not see hidden keyword text.
import { searchTermsAnchor } from '../text/search-words.ts';

const opening = `<div id="${searchTermsAnchor}" class="visually-hidden" aria-hidden="true">`;
const closing = '</div>';
// What SearchTermsBlock writes inside the block: one or two weighted paragraphs of plain words.
const expectedInside = /^(?:<p data-pagefind-weight="\d+">[^<]*<\/p>)+$/;

/**
 * The page without its search-terms block, or undefined when it has none. Throws when the block holds anything
 * but the paragraphs SearchTermsBlock writes, rather than cut a page at the wrong place.
 */
export function withoutIndexOnlyText(html: string): string | undefined {
  const start = html.indexOf(opening);
  if (start === -1) return undefined;
  const end = html.indexOf(closing, start);
  const inside = end === -1 ? '' : html.slice(start + opening.length, end);
  if (!expectedInside.test(inside)) {
    throw new Error(`het blok met zoektermen (${opening}) bevat iets anders dan de alinea's die SearchTermsBlock.astro schrijft; pas src/lib/index-only.ts aan als dat blok is veranderd.`);
  }
  return html.slice(0, start) + html.slice(end + closing.length);
}
