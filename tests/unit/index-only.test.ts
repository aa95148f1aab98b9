import { describe, expect, it } from 'vitest';
import { withoutIndexOnlyText } from '../../src/lib/index-only.ts';

const block = '<div id="zoektermen" class="visually-hidden" aria-hidden="true"><p data-pagefind-weight="10">amw02 · amw-intake · kennismaking</p><p data-pagefind-weight="2">kennis making</p></div>';

describe('withoutIndexOnlyText', () => {
  it('takes the search-terms block out and leaves the rest of the page as it was', () => {
    expect(withoutIndexOnlyText(`<article><p>Tekst</p>${block}</article><aside></aside>`)).toBe('<article><p>Tekst</p></article><aside></aside>');
  });

  it('leaves a page without the block alone', () => {
    expect(withoutIndexOnlyText('<article><p>Tekst</p></article>')).toBeUndefined();
  });

  it('refuses a block that holds anything else, instead of cutting the page in the wrong place', () => {
    expect(() => withoutIndexOnlyText('<div id="zoektermen" class="visually-hidden" aria-hidden="true"><p data-pagefind-weight="10">a</p><div>b</div></div>')).toThrow(/SearchTermsBlock/);
    expect(() => withoutIndexOnlyText('<div id="zoektermen" class="visually-hidden" aria-hidden="true"><p data-pagefind-weight="10">a</p>')).toThrow(/SearchTermsBlock/);
  });
});
