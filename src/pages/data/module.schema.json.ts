import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../schema/open-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ title: 'Modulewijzer: modules (open data)', ...openDataJsonSchema() }, null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
