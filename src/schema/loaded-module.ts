import type { BodySection } from './body.ts';
import type { ModuleData } from './module.ts';

/** A module file that passed its own checks, as the collection checks and the scripts see it. */
export interface LoadedModule {
  file: string;
  data: ModuleData;
  /** The whole file, as read. */
  source: string;
  /** The frontmatter as written, before the schema filled in defaults (Astro's store validates it again). */
  frontmatter: Record<string, unknown>;
  /** The text after the frontmatter. */
  body: string;
  sections: BodySection[];
  /** Line in the file of a frontmatter field, e.g. ['verwijzingen', 2]; undefined when the field is missing. */
  lineOf: (path: PropertyKey[]) => number | undefined;
}
