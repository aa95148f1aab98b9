import type { BodySection } from './body.ts';
import type { MethodData } from './method.ts';
import type { ModuleData } from './module.ts';
import type { MethodSectionKey, SectionKey } from './sections.ts';

/** A checked MDX file (module or method page) that passed its own checks, as the collection checks and the scripts see it. */
export interface LoadedEntry<Data, Key extends string> {
  file: string;
  data: Data;
  /** The whole file, as read. */
  source: string;
  /** The frontmatter as written, before the schema filled in defaults (Astro's store validates it again). */
  frontmatter: Record<string, unknown>;
  /** The text after the frontmatter. */
  body: string;
  sections: BodySection<Key>[];
  /** Line in the file of a frontmatter field, e.g. ['verwijzingen', 2]; undefined when the field is missing. */
  lineOf: (path: PropertyKey[]) => number | undefined;
}

/** A module file that passed its own checks. */
export type LoadedModule = LoadedEntry<ModuleData, SectionKey>;

/** A method page (content/methoden/*.mdx) that passed its own checks. */
export type LoadedMethod = LoadedEntry<MethodData, MethodSectionKey>;
