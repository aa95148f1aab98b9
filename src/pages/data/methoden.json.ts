import type { APIRoute } from 'astro';
import { toMethodRecord } from '../../lib/open-data.ts';
import { getMethods } from '../../site/methods.ts';

/** Open data: one record per method or instrument page, in the shape of /data/methode.schema.json. */
export const GET: APIRoute = async ({ site }) => {
  const records = (await getMethods()).map((method) => toMethodRecord(method, site!));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
