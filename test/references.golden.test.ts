/**
 * Reference extraction measured against the hand-checked golden file, per format:
 * precision and recall of distinct references per document, dates, types, own number.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTS, ROOT, STEMS } from './support/fixtures.js';
import { runInto, Outputs } from './support/run.js';
import { compareKeyOf } from '../src/extract/references.js';

interface GoldRef {
  key: string;
  type: string;
  issue_date: string | null;
}
const golden: Record<string, GoldRef[]> = JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures', 'golden', 'references.json'), 'utf8')).documents;

let out: Outputs;
beforeAll(async () => {
  out = await runInto([REPORTS], 'vnx-refs-');
});

interface Score {
  tp: number;
  fp: string[];
  fn: string[];
  dated: number;
  datesRight: number;
  typesRight: number;
  wrong: string[];
}

function score(format: 'pdf' | 'docx', stem: string): Score {
  const rows = out.jsonl('references').filter((r) => path.basename(String(r.source_file)) === `${stem}.${format}`);
  const got = new Map(rows.map((r) => [compareKeyOf(String(r.key)), r]));
  const want = new Map(golden[stem].map((g) => [compareKeyOf(g.key), g]));
  const s: Score = { tp: 0, fp: [], fn: [], dated: 0, datesRight: 0, typesRight: 0, wrong: [] };
  for (const [k, g] of want) {
    const r = got.get(k);
    if (!r) {
      s.fn.push(g.key);
      continue;
    }
    s.tp++;
    if (r.type === g.type) s.typesRight++;
    else s.wrong.push(`${g.key}: type ${String(r.type)} ≠ ${g.type}`);
    if (g.issue_date) {
      s.dated++;
      if (r.issue_date === g.issue_date) s.datesRight++;
      else s.wrong.push(`${g.key}: date ${String(r.issue_date)} ≠ ${g.issue_date}`);
    }
  }
  for (const [k, r] of got) if (!want.has(k)) s.fp.push(String(r.key));
  return s;
}

describe.each(['pdf', 'docx'] as const)('references in %s files vs fixtures/golden/references.json', (format) => {
  it.each(STEMS)('%s: precision and recall ≥ 0.98, dates and types right ≥ 0.98', (stem) => {
    const s = score(format, stem);
    const precision = s.tp / (s.tp + s.fp.length);
    const recall = s.tp / (s.tp + s.fn.length);
    expect(precision, `false positives: ${s.fp.join(', ')}`).toBeGreaterThanOrEqual(0.98);
    expect(recall, `missed: ${s.fn.join(', ')}`).toBeGreaterThanOrEqual(0.98);
    expect(s.datesRight / s.dated, s.wrong.join('; ')).toBeGreaterThanOrEqual(0.98);
    expect(s.typesRight / s.tp, s.wrong.join('; ')).toBeGreaterThanOrEqual(0.98);
  });

  it('over all five reports (micro-averaged)', () => {
    const all = STEMS.map((stem) => score(format, stem));
    const tp = all.reduce((n, s) => n + s.tp, 0);
    const fp = all.reduce((n, s) => n + s.fp.length, 0);
    const fn = all.reduce((n, s) => n + s.fn.length, 0);
    const dated = all.reduce((n, s) => n + s.dated, 0);
    const datesRight = all.reduce((n, s) => n + s.datesRight, 0);
    const typesRight = all.reduce((n, s) => n + s.typesRight, 0);
    const figures = { format, golden: tp + fn, tp, fp, fn, precision: tp / (tp + fp), recall: tp / (tp + fn), dates: `${datesRight}/${dated}`, types: `${typesRight}/${tp}` };
    console.log(JSON.stringify(figures));
    expect(figures.precision).toBeGreaterThanOrEqual(0.98);
    expect(figures.recall).toBeGreaterThanOrEqual(0.98);
    expect(datesRight / dated).toBeGreaterThanOrEqual(0.98);
    expect(typesRight / tp).toBeGreaterThanOrEqual(0.98);
  });

  it("never lists the report's own number as a citation", () => {
    const docs = out.jsonl('documents').filter((d) => d.format === format);
    const refs = out.jsonl('references');
    for (const d of docs) {
      if (!d.number) continue;
      const own = compareKeyOf(String(d.number));
      expect(refs.filter((r) => r.document_id === d.document_id && compareKeyOf(String(r.key)) === own)).toEqual([]);
    }
    // At least the 2022 report has its number in the header.
    expect(docs.some((d) => d.number === '346/BC-STTTT')).toBe(true);
  });
});
