/** Writes the JSON Schema of every output record type to schemas/ (npm run schemas). */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SCHEMAS } from '../src/schemas.ts';
import { CatalogFile } from '../src/data/catalog.ts';

const dir = path.resolve(import.meta.dirname, '..', 'schemas');
fs.mkdirSync(dir, { recursive: true });
const all: Record<string, z.ZodType> = { ...SCHEMAS, 'indicator-catalog': CatalogFile };
for (const [name, schema] of Object.entries(all)) {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12' });
  fs.writeFileSync(path.join(dir, `${name}.schema.json`), JSON.stringify({ title: name, ...json }, null, 2) + '\n');
  console.log(`schemas/${name}.schema.json`);
}
