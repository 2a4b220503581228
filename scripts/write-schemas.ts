/**
 * Writes the JSON Schema of every output record type to schemas/ and the data dictionary section
 * of README.md (between its markers), both from the zod schemas of src/schemas.ts (npm run schemas).
 */
import fs from 'node:fs';
import path from 'node:path';
import { jsonSchemaFiles } from '../src/json-schemas.ts';
import { withDictionary } from '../src/dictionary.ts';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'schemas');
fs.mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(jsonSchemaFiles())) {
  fs.writeFileSync(path.join(dir, file), text);
  console.log(`schemas/${file}`);
}
const readme = path.join(root, 'README.md');
fs.writeFileSync(readme, withDictionary(fs.readFileSync(readme, 'utf8')));
console.log('README.md (data dictionary)');
