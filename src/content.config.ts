import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { getModuleSchema } from './schema/module.ts';
import { z } from 'astro/zod';

const modules = defineCollection({
  // The frontmatter id is the permanent key: files may be renamed or moved without changing URLs.
  loader: glob({ base: './content/modules', pattern: '**/[^_]*.mdx', generateId: ({ data, entry }) => String(data.id ?? entry) }),
  schema: getModuleSchema(),
});

const paginas = defineCollection({
  loader: glob({ base: './content/paginas', pattern: '**/[^_]*.mdx' }),
  schema: z.object({
    titel: z.string(),
    samenvatting: z.string(),
    bronnen: z.array(z.object({ document: z.string(), paginas: z.string().optional() })).default([]),
    volgorde: z.number().int(),
  }),
});

export const collections = { modules, paginas };
