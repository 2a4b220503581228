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
  // "indicators[3] (id "x")" for the entry, a person searches the file for its id; then the field.
  const parts = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`));
  let node: unknown = json;
  let entryEnd = 0;
  let entry = '';
  issue.path.forEach((key, i) => {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    if (typeof key === 'number' && node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') {
      entryEnd = i + 1;
      entry = ` (id "${(node as { id: string }).id}")`;
    }
  });
  const head = parts.slice(0, entryEnd).join('').replace(/^\./, '');
  const field = parts.slice(entryEnd).join('').replace(/^\./, '');
  const where = entryEnd ? `${head}${entry}${field ? `, field ${field}` : ''}` : field || 'the file';
  const more = r.error.issues.length > 1 ? ` (and ${r.error.issues.length - 1} more problem(s))` : '';
  throw new DataFileError(`${file}: ${where}: ${issue.message}${more}; fix it and run again`);
}
