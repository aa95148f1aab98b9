import type { APIRoute } from 'astro';
import { toOpenDataRecord } from '../../lib/open-data.ts';
import { getModules } from '../../site/modules.ts';

/**
 * Open data: one record per module. The shape is documented on the open data page and kept in step with the schema.
 * Without indentation: programs read it, a browser shows it folded out, and at 10,000 modules the spaces were a
 * fifth of the file.
 */
export const GET: APIRoute = async ({ site }) => {
  const records = (await getModules()).map((module) => toOpenDataRecord(module, site!));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
