// The words of HTML that the site rendered itself (section HTML from the content loader), for search terms.

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The text of a fragment of the site's own rendered HTML: a block tag ends a word (a list item, a paragraph), an
 * inline tag does not (`<strong>werk</strong>zoekende` is one word), and character references are decoded, so
 * `&#x26;` does not turn into a word "x26". Not a general HTML parser: the input is the Markdown renderer's output,
 * which has no comments, scripts or attributes with `>`.
 */
export function htmlText(html: string): string {
  return html
    .replace(/<\/?(?:p|li|ul|ol|h[1-6]|table|thead|tbody|tr|td|th|br|hr|div|blockquote|pre|dl|dt|dd|section)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}
