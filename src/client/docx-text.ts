// The text of a Word document (.docx) in the browser, without a library: a .docx is a ZIP file whose
// word/document.xml holds the paragraphs. The browser's own DecompressionStream unpacks it, DOMParser reads it;
// this keeps /koppelen/ small (mammoth, which the import script uses, would add some hundreds of kB).

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The bytes of one file in a ZIP archive, found through the central directory at the end of the archive. */
async function unzipEntry(zip: Uint8Array, wanted: string): Promise<Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  let at = view.getUint32(end + 16, true);
  const entries = view.getUint16(end + 10, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (name === wanted) {
      const local = view.getUint32(at + 42, true);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = zip.subarray(start, start + size);
      if (method === 0) return data;
      if (method !== 8) throw new Error(`compression ${method}`);
      const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    }
    at = next;
  }
  throw new Error(`${wanted} missing`);
}

/** The paragraphs of a .docx as plain text, one per line; tabs and line breaks inside a paragraph kept. */
export async function docxText(file: Blob): Promise<string> {
  const xml = new TextDecoder().decode(await unzipEntry(new Uint8Array(await file.arrayBuffer()), 'word/document.xml'));
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const paragraphs = [...doc.getElementsByTagNameNS(wordNamespace, 'p')].map((p) => {
    let text = '';
    for (const node of p.getElementsByTagNameNS(wordNamespace, '*')) {
      if (node.localName === 't') text += node.textContent ?? '';
      else if (node.localName === 'tab') text += '\t';
      else if (node.localName === 'br') text += '\n';
    }
    return text;
  });
  return paragraphs.join('\n');
}
