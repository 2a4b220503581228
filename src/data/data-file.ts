/**
 * Data tables shipped as JSON (the catalog, composite indices, …), checked against their schema
 * when loaded. A mistake in one is a setup error for a person: one line naming the file, the
 * entry and the field, not a ZodError of fifty lines naming no file.
 */
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

export class DataFileError extends Error {}

/** `schema.parse(json)`, or a DataFileError "FILE: indicators[3] (id "x"): id: …". */
export function parseDataFile<S extends z.ZodType>(schema: S, json: unknown, url: URL): z.output<S> {
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  const file = fileURLToPath(url);
  const issue = r.error.issues[0];
  const where: string[] = [];
  let node: unknown = json;
  let entry = '';
  for (const key of issue.path) {
    where.push(typeof key === 'number' ? `[${key}]` : `${where.length ? '.' : ''}${String(key)}`);
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    // Name the entry by its id, which is what a person searches the file for.
    if (typeof key === 'number' && node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') entry = ` (id "${(node as { id: string }).id}")`;
  }
  const more = r.error.issues.length > 1 ? ` (and ${r.error.issues.length - 1} more problem(s))` : '';
  const field = where.join('') || 'the file';
  throw new DataFileError(`${file}: ${field}${entry}: ${issue.message}${more}; fix the entry and run again`);
}
