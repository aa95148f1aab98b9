import type { APIRoute } from 'astro';
import { methodJsonSchema } from '../../schema/open-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ title: 'Modulewijzer: methoden en instrumenten (open data)', ...methodJsonSchema() }, null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
