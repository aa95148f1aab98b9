import type { APIRoute } from 'astro';
import { methodsToCsv, toMethodRecord } from '../../lib/open-data.ts';
import { getMethods } from '../../site/methods.ts';

export const GET: APIRoute = async ({ site }) => {
  const records = (await getMethods()).map((method) => toMethodRecord(method, site!));
  return new Response(methodsToCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
