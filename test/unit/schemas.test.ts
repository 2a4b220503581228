/** schemas/ is generated: it must match what the zod schemas in src/ produce today. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../src/json-schemas.ts';
import { SCHEMAS } from '../../src/schemas.ts';
import { dictionary, withDictionary } from '../../src/dictionary.ts';

const dir = path.resolve(import.meta.dirname, '..', '..', 'schemas');

describe('schemas/', () => {
  it.each(Object.entries(jsonSchemaFiles()))('%s is up to date (run npm run schemas)', (file, text) => {
    expect(fs.readFileSync(path.join(dir, file), 'utf8')).toBe(text);
  });
});

describe('data dictionary', () => {
  // Every column of every output is described once, in the zod schema, and so in schemas/*.json.
  const files = Object.entries(jsonSchemaFiles()).filter(([f]) => Object.keys(SCHEMAS).some((k) => f === `${k}.schema.json`));
  it.each(files)('%s: every top-level field has a description', (_file, text) => {
    const schema = JSON.parse(text) as { properties: Record<string, { description?: string }> };
    const undescribed = Object.entries(schema.properties).filter(([, p]) => !p.description).map(([k]) => k);
    expect(undescribed).toEqual([]);
  });
});

describe('README data dictionary', () => {
  it('is up to date (run npm run schemas)', () => {
    const readme = fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    expect(withDictionary(readme)).toBe(readme);
  });

  it('describes every column of every output, each once per file', () => {
    const files = dictionary();
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining(['series_points.csv / .jsonl', 'timeseries.csv', 'timeseries_conflicts.csv / .jsonl']));
    for (const f of files) {
      expect(f.columns.filter((c) => !c.description).map((c) => c.name), f.file).toEqual([]);
      expect(new Set(f.columns.map((c) => c.name)).size, f.file).toBe(f.columns.length);
    }
    // The CSV columns of each record file are exactly the schema's.
    for (const [stem, schema] of Object.entries(SCHEMAS)) {
      if (stem === 'run') continue;
      const f = files.find((x) => x.file.startsWith(`${stem}.`))!;
      expect(f.columns.map((c) => c.name), stem).toEqual(Object.keys(schema.shape));
    }
  });
});
