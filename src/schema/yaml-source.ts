// YAML read with positions, for every YAML an editor writes (module and method frontmatter, begrippen, thesaurus,
// alleen-genoemd): one way to find the line of a field and one wording for a file that is not valid YAML.
import { LineCounter, parseDocument, type Document } from 'yaml';

export type LineOf = (path: PropertyKey[]) => number | undefined;

/** A YAML text that parsed: its value, and the line of any field in it. */
export interface ParsedYaml {
  value: unknown;
  lineOf: LineOf;
}

/** A YAML text that did not parse: the first error (the ones after it are nearly always its consequences). */
export interface YamlError {
  line: number;
  column: number;
  /** "… is geen geldige YAML (code): detail. Controleer …", with the subject given to parseYaml. */
  message: string;
}

function lineFinder(doc: Document, counter: LineCounter, firstLine: number): LineOf {
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  return (path) => {
    // A missing field or list item has no node of its own: point at the nearest item or list it belongs to.
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
}

/**
 * Parses YAML and keeps the positions. `firstLine` is the line of the file where the text starts (2 for
 * frontmatter after its `---`); `subject` names the text in the error ("de frontmatter", "het bestand").
 */
export function parseYaml(text: string, subject: string, firstLine = 1): ParsedYaml | { error: YamlError } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const error = doc.errors[0];
    const pos = counter.linePos(error.pos[0]);
    return {
      error: {
        line: pos.line + firstLine - 1,
        column: pos.col,
        message: `${subject} is geen geldige YAML (${error.code}): ${error.message.split('\n')[0]} Controleer inspringing, dubbele punten en aanhalingstekens op deze regel.`,
      },
    };
  }
  return { value: doc.toJS() ?? undefined, lineOf: lineFinder(doc, counter, firstLine) };
}

/**
 * The line finder of a YAML text that has already parsed once, for a value that is kept: it parses the text again
 * when a message first needs a line. Most entries never need one, and keeping each file's YAML document with its
 * positions made up much of the memory a build of 10,000 modules held.
 */
export function lazyLineOf(text: string, firstLine = 1): LineOf {
  let find: LineOf | undefined;
  return (path) => {
    if (!find) {
      const parsed = parseYaml(text, '', firstLine);
      find = 'lineOf' in parsed ? parsed.lineOf : () => undefined;
    }
    return find(path);
  };
}
