/**
 * Document metadata of real documents against the hand-written key fixtures/golden/metadata-real.json
 * (50 files of ../shared/real and ../shared/real-more, written blind from page images and
 * text exports). The text documents are read here without OCR; the scans are measured by
 * `npm run eval:metadata` (OCR takes minutes). Floors are today's measurement: a change that
 * loses a right field, or gives a wrong one, fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { processBuffer } from '../src/process.js';
import { DEFAULT_LIMITS } from '../src/limits.js';
import { extractMetadata } from '../src/extract/metadata.js';
import { FIELDS, scoreMeta, summarize, type DocMetaScore, type Field, type KeyMeta } from './support/metadata-eval.js';
import { ROOT } from './support/fixtures.js';

const KEY = JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures/golden/metadata-real.json'), 'utf8')).documents as Record<string, KeyMeta>;
const DIRS = ['fixtures/real', 'fixtures/real-more'].map((d) => path.join(ROOT, d));
// Scans, and real/22 whose broken font is read only by OCR.
const isScan = (name: string) => /_scan|brokenfont/.test(name);
const TEXT_DOCS = Object.keys(KEY).filter((n) => !isScan(n));

// Right answers per field on the text documents, and the most not-right ones (wrong, partly right,
// or given where the key has none): measured 2026-12-01 (npm run eval:metadata -- --no-ocr).
const FLOORS: Record<Field, { right: number; notRight: number }> = {
  doc_type: { right: 31, notRight: 0 },
  number: { right: 12, notRight: 1 },
  issue_date: { right: 15, notRight: 0 },
  issuer: { right: 19, notRight: 2 },
  place: { right: 20, notRight: 0 },
  title: { right: 23, notRight: 6 },
  period: { right: 13, notRight: 12 },
};

const scores: DocMetaScore[] = [];

beforeAll(async () => {
  for (const name of TEXT_DOCS) {
    const dir = DIRS.find((d) => fs.existsSync(path.join(d, name)));
    if (!dir) throw new Error(`${name}: not in fixtures/real or fixtures/real-more`);
    const p = await processBuffer(fs.readFileSync(path.join(dir, name)), name, { ...DEFAULT_LIMITS, ocr: false, fileTimeoutMs: 120_000 });
    scores.push(scoreMeta(name, extractMetadata(p.document.blocks), KEY[name]));
  }
}, 600_000);

describe('metadata of real documents against the hand key', () => {
  it('the key covers the 50 real documents, 34 of them read without OCR, all copied into fixtures', () => {
    expect(Object.keys(KEY)).toHaveLength(50);
    expect(TEXT_DOCS).toHaveLength(34);
    expect(scores).toHaveLength(34);
  });

  it.each(FIELDS)('%s: at least as many right, at most as many not right as measured', (field) => {
    const s = summarize(scores)[field];
    const wrongOnes = scores.filter((x) => ['wrong', 'partial', 'spurious'].includes(x.fields[field].outcome)).map((x) => `${x.file}: ${JSON.stringify(x.fields[field].ours)} (key ${JSON.stringify(x.fields[field].key)})`);
    expect(s.right, wrongOnes.join('\n')).toBeGreaterThanOrEqual(FLOORS[field].right);
    expect(s.wrong + s.partial + s.spurious, wrongOnes.join('\n')).toBeLessThanOrEqual(FLOORS[field].notRight);
  });
});
