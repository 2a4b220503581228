/** A mistake in a data table is one line naming the file, the entry (by id) and the field. */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/data/catalog.ts';
import { DataFileError } from '../../src/data/data-file.ts';
import json from '../../src/data/indicators.json' with { type: 'json' };

type Entry = Record<string, unknown> & { id: string };
const broken = (change: (xs: Entry[]) => void) => {
  const copy = structuredClone(json) as unknown as { indicators: Entry[] };
  change(copy.indicators);
  return copy;
};

describe('data files', () => {
  it.each([
    ['a bad id', (xs: Entry[]) => (xs[3].id = 'Bad Id'), /indicators\[3\] \(id "Bad Id"\), field id: .*pattern/],
    ['an id used twice', (xs: Entry[]) => (xs[5].id = xs[2].id), /indicators\[5\] \(id "[a-z_]+"\), field id: indicator id "[a-z_]+" is used by an earlier entry/],
    ['an unknown unit', (xs: Entry[]) => (xs[7].unit = 'kg'), /indicators\[7\] \(id "[a-z_]+"\), field unit: Invalid option/],
    ['an empty alias list', (xs: Entry[]) => (xs[1].aliases = []), /indicators\[1\] \(id "[a-z_]+"\), field aliases: /],
  ])('%s', (_name, change, where) => {
    let error: unknown;
    try {
      loadCatalog(broken(change));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataFileError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^\/.*\/indicators\.json: /);
    expect(message).toMatch(where);
    expect(message).toMatch(/; fix it and run again$/);
  });
});
