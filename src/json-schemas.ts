/** The JSON Schema text of every output record type, as `npm run schemas` writes it to schemas/. */
import { z } from 'zod';
import { SCHEMAS } from './schemas.ts';
import { CatalogFile } from './data/catalog.ts';
import { CompositeIndexFile } from './data/composite-indices.ts';

export function jsonSchemaFiles(): Record<string, string> {
  const all: Record<string, z.ZodType> = { ...SCHEMAS, 'indicator-catalog': CatalogFile, 'composite-indices': CompositeIndexFile };
  const files: Record<string, string> = {};
  for (const [name, schema] of Object.entries(all)) {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12' });
    files[`${name}.schema.json`] = JSON.stringify({ title: name, ...json }, null, 2) + '\n';
  }
  return files;
}
