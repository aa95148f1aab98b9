import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';

/** A published address that no longer exists as it was: its page says why and where to go now. */
export const retiredUrlSchema = z.strictObject({
  /** Site path without base, ending in `/`, e.g. `vergelijk/a--b/`. */
  pad: z.string().regex(/^[a-z0-9][a-z0-9/-]*\/$/, { error: 'verwacht een pad zonder begin-slash dat op / eindigt, zoals "vergelijk/a--b/".' }),
  titel: z.string().min(3),
  reden: z.string().min(20),
  verder: z.array(z.strictObject({ label: z.string().min(3), pad: z.string().min(1) })).min(1),
});

export type RetiredUrl = z.infer<typeof retiredUrlSchema>;

/** The retired addresses in `content/vervallen-urls.yaml`, validated. */
export function loadRetiredUrls(root = process.cwd()): RetiredUrl[] {
  const file = join(root, 'content', 'vervallen-urls.yaml');
  return z.array(retiredUrlSchema).parse(parse(readFileSync(file, 'utf8')) ?? []);
}
