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
