/** schemas/ is generated: it must match what the zod schemas in src/ produce today. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../src/json-schemas.ts';

const dir = path.resolve(import.meta.dirname, '..', '..', 'schemas');

describe('schemas/', () => {
  it.each(Object.entries(jsonSchemaFiles()))('%s is up to date (run npm run schemas)', (file, text) => {
    expect(fs.readFileSync(path.join(dir, file), 'utf8')).toBe(text);
  });
});

describe('data dictionary', () => {
  // Every column of every output is described once, in the zod schema, and so in schemas/*.json.
  const files = Object.entries(jsonSchemaFiles()).filter(([f]) => ['documents', 'references', 'indicators', 'unmatched', 'decisions', 'series', 'run'].some((k) => f.startsWith(`${k}.`)));
  it.each(files)('%s: every top-level field has a description', (_file, text) => {
    const schema = JSON.parse(text) as { properties: Record<string, { description?: string }> };
    const undescribed = Object.entries(schema.properties).filter(([, p]) => !p.description).map(([k]) => k);
    expect(undescribed).toEqual([]);
  });
});
