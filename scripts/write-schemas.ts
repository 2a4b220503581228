/** Writes the JSON Schema of every output record type to schemas/ (npm run schemas). */
import fs from 'node:fs';
import path from 'node:path';
import { jsonSchemaFiles } from '../src/json-schemas.ts';

const dir = path.resolve(import.meta.dirname, '..', 'schemas');
fs.mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(jsonSchemaFiles())) {
  fs.writeFileSync(path.join(dir, file), text);
  console.log(`schemas/${file}`);
}
