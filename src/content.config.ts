import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { methodLoader, moduleLoader } from './loaders/module-loader.ts';
import { getMethodSchema } from './schema/method.ts';
import { getModuleSchema } from './schema/module.ts';

const modules = defineCollection({
  // The frontmatter id is the permanent key: files may be renamed or moved without changing URLs.
  loader: moduleLoader(),
  schema: getModuleSchema(),
});

const methoden = defineCollection({
  // Methods and instruments described in the sources: the same checks and the same one renderer as the modules.
  loader: methodLoader(),
  schema: getMethodSchema(),
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

export const collections = { modules, methoden, paginas };
