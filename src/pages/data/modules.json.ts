import type { APIRoute } from 'astro';
import { toOpenDataRecord } from '../../lib/open-data.ts';
import { getModules } from '../../site/modules.ts';

/** Open data: one record per module. The shape is documented on the open data page and kept in step with the schema. */
export const GET: APIRoute = async ({ site }) => {
  const records = (await getModules()).map((module) => toOpenDataRecord(module, site!));
  return new Response(JSON.stringify(records, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
