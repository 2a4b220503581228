/**
 * Open-world statements against the hand-written answer keys of real documents
 * (fixtures/golden/statements/, 14 documents of 8 provinces and ministries: administrative
 * reform, digital government, drug control, training, trade and industry, a budget; prose,
 * tables, a plan inside a report, a programme, legacy Word tables and two scans). Floors sit just under what the extractor measures today, so that a
 * change that loses statements on a real document fails here; `npm run eval:statements`
 * prints the per-document table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { processBuffer } from '../src/process.js';
import { DEFAULT_LIMITS } from '../src/limits.js';
import { IndicatorRecord } from '../src/schemas.js';
import { loadKeys, scoreDocument, summary, type DocScore } from './support/statements-eval.js';
import { ROOT } from './support/fixtures.js';

const devKeys = loadKeys(path.join(ROOT, 'fixtures', 'golden', 'statements'));
// Written blind on documents the extractor had not been tuned on (its first scores are in the
// closing note of issue 15); guarded here like the development keys, and reported apart.
const heldoutKeys = loadKeys(path.join(ROOT, 'fixtures', 'golden', 'statements-heldout'));
// A second held-out key, written blind on four more documents; two of them (25_TW, 29_DN) then
// joined the development keys to tune plans and legacy Word tables on, the other two stay unseen.
const heldout2Keys = loadKeys(path.join(ROOT, 'fixtures', 'golden', 'statements-heldout2'));
// A third, written blind on three documents of domains no key held (a policy resolution, a hospital
// finance study, an IT cost estimate): its first scores (recall 0.675, values 0.894, kinds 0.587,
// periods 0.202) are in issue 15's closing note; the classes they showed were then fixed, so it
// is a development key now, guarded like the others.
const heldout3Keys = loadKeys(path.join(ROOT, 'fixtures', 'golden', 'statements-heldout3'));
// A fourth, written blind on four more kinds of document (a draft fee circular's explanatory note,
// a 1998 land-price decision with price tables, two decisions stating no figures at all): its
// first scores (recall 0.336, precision 0.42, kinds 0.383, periods 0.553) are in issue 15's
// closing note of stop 30; it is a development key now. The two empty keys measure spurious rows.
const heldout4Keys = loadKeys(path.join(ROOT, 'fixtures', 'golden', 'statements-heldout4'));
const keys = [...devKeys, ...heldoutKeys, ...heldout2Keys, ...heldout3Keys, ...heldout4Keys];
const scores = new Map<string, DocScore>();
const rowsByFile = new Map<string, unknown[]>();

beforeAll(async () => {
  for (const key of keys) {
    const p = await processBuffer(fs.readFileSync(path.join(ROOT, key.file)), key.file, { ...DEFAULT_LIMITS, fileTimeoutMs: 600_000 });
    scores.set(key.file, scoreDocument(key, p.document.blocks, p.indicators));
    rowsByFile.set(key.file, p.indicators.map((r) => ({ document_id: p.document.id, source_file: key.file, ...r })));
  }
}, 600_000);

describe('statements vs the answer keys of real documents', () => {
  it('the keys hold ≥ 300 hand-checked statements from ≥ 8 documents, and every quote is found in the text read', () => {
    expect(keys.length).toBeGreaterThanOrEqual(8);
    expect(keys.reduce((n, k) => n + k.statements.length, 0)).toBeGreaterThanOrEqual(300);
    for (const [file, s] of scores) expect(s.unlocated, file).toEqual([]);
  });

  const totalOf = (files: string[]) => {
    const total = files.map((f) => scores.get(f)!).reduce(
      (t, s) => {
        for (const k of ['required', 'found', 'rows', 'matchedRows', 'pairs', 'valueOk', 'labelExact', 'labelPartial', 'kindOk', 'periodOk'] as const) t[k] += s[k];
        return t;
      },
      { required: 0, found: 0, rows: 0, matchedRows: 0, pairs: 0, valueOk: 0, labelExact: 0, labelPartial: 0, kindOk: 0, periodOk: 0 },
    );
    return { required: total.required, ...summary(total) };
  };

  // Floors per key set, just under what each measures. The development key holds 14 documents
  // since 25_TW and 29_DN joined (a plan inside a report, a programme, Word tables).
  const FLOORS = [
    { name: 'development', keys: devKeys, min: 12, recall: 0.975, precision: 0.96, value: 0.99, labelPartial: 0.905, labelExact: 0.555, kind: 0.935, period: 0.88 },
    { name: 'held-out', keys: heldoutKeys, min: 3, recall: 0.975, precision: 0.95, value: 0.99, labelPartial: 0.91, labelExact: 0.65, kind: 0.89, period: 0.845 },
    { name: 'held-out 2', keys: heldout2Keys, min: 2, recall: 0.94, precision: 0.98, value: 0.99, labelPartial: 0.88, labelExact: 0.29, kind: 0.86, period: 0.98 },
    { name: 'held-out 3', keys: heldout3Keys, min: 3, recall: 0.85, precision: 0.86, value: 0.99, labelPartial: 0.88, labelExact: 0.58, kind: 0.95, period: 0.69 },
    { name: 'held-out 4', keys: heldout4Keys, min: 4, recall: 0.85, precision: 0.93, value: 0.99, labelPartial: 0.85, labelExact: 0.37, kind: 0.83, period: 0.93 },
  ];
  it.each(FLOORS)('overall ($name keys): recall, precision, values, labels, kinds and periods at their measured floors', (f) => {
    expect(f.keys.length).toBeGreaterThanOrEqual(f.min);
    const m = totalOf(f.keys.map((k) => k.file));
    console.log(JSON.stringify({ keys: f.name, ...m }));
    for (const k of ['recall', 'precision', 'value', 'labelPartial', 'labelExact', 'kind', 'period'] as const) expect(m[k], k).toBeGreaterThanOrEqual(f[k]);
  });

  it.each(keys.map((k) => k.file))('%s: recall ≥ 0.75 and values ≥ 0.9 of matched statements', (file) => {
    const s = scores.get(file)!;
    const m = summary(s);
    console.log(JSON.stringify({ file: path.basename(file), ...m, missed: s.missed.slice(0, 5), wrongValue: s.wrongValue.slice(0, 5) }));
    expect(m.recall).toBeGreaterThanOrEqual(0.75);
    expect(m.value).toBeGreaterThanOrEqual(0.9);
  });

  it('every statement row validates against its schema', () => {
    for (const rows of rowsByFile.values()) for (const r of rows) expect(IndicatorRecord.safeParse(r).success, JSON.stringify(r).slice(0, 200)).toBe(true);
  });
});
