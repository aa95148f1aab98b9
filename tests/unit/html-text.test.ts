import { describe, expect, it } from 'vitest';
import { htmlText } from '../../src/text/html-text.ts';
import { wordsOf } from '../../src/text/search-words.ts';

describe('htmlText', () => {
  it('keeps the words of rendered Markdown: block tags end a word, inline tags do not', () => {
    expect(wordsOf(htmlText('<ul>\n<li>schuld</li><li>hulp</li></ul><p><strong>werk</strong>zoekende</p>'))).toEqual(['schuld', 'hulp', 'werkzoekende']);
  });

  it('decodes character references instead of turning them into words', () => {
    expect(htmlText('jongeren &#x26; ouders &lt; 3 maanden, &quot;eigen kracht&quot; &#233;n')).toBe('jongeren & ouders < 3 maanden, "eigen kracht" én');
    expect(wordsOf(htmlText('a &#x26; b'))).not.toContain('x26');
  });
});
