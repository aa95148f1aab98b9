import type { APIRoute } from 'astro';
import { toCsv, toOpenDataRecord } from '../../lib/open-data.ts';
import { getModules } from '../../site/modules.ts';

export const GET: APIRoute = async ({ site }) => {
  const records = (await getModules()).map((module) => toOpenDataRecord(module, site!));
  return new Response(toCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
