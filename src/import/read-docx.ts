import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Root, Element, RootContent, ElementContent } from 'hast';
import { readText } from './read-text.ts';
import type { SourceDocument } from './source-lines.ts';

/** Removes images from the HTML tree: a module file is text, and the report says how many were left out. */
function dropImages() {
  const prune = (nodes: Array<RootContent | ElementContent>): Array<RootContent | ElementContent> =>
    nodes.filter((node) => !(node.type === 'element' && (node as Element).tagName === 'img')).map((node) => {
      if (node.type === 'element') (node as Element).children = prune((node as Element).children) as ElementContent[];
      return node;
    });
  return (tree: Root) => {
    tree.children = prune(tree.children) as RootContent[];
  };
}

/**
 * Reads a Word document: mammoth turns it into HTML (headings, lists, bold, tables), unified turns that into
 * Markdown. Images and comments are left out; the notes say how many.
 */
export async function readDocx(buffer: Buffer): Promise<SourceDocument> {
  let images = 0;
  let comments = 0;
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      convertImage: mammoth.images.imgElement(async () => {
        images++;
        return { src: '' };
      }),
      // Comments are not converted unless a style map asks for them; count them so the report can say so.
      transformDocument: (document: { comments?: unknown[] }) => {
        comments = document.comments?.length ?? 0;
        return document;
      },
    },
  );
  const file = await unified()
    .use(rehypeParse, { fragment: true })
    .use(dropImages)
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_' })
    .process(result.value);
  const doc = readText(String(file));
  if (images) doc.notes.push(`${images === 1 ? '1 afbeelding' : `${images} afbeeldingen`} weggelaten: een module bevat alleen tekst.`);
  if (comments) doc.notes.push(`${comments === 1 ? '1 opmerking' : `${comments} opmerkingen`} uit Word weggelaten.`);
  return doc;
}
