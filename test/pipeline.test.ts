/** End to end on the bundled reports: every output file, every row valid against its schema. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTS } from './support/fixtures.js';
import { runInto, Outputs } from './support/run.js';
import { SCHEMAS } from '../src/schemas.js';

let out: Outputs;
beforeAll(async () => {
  out = await runInto([REPORTS]);
});

describe('pipeline on fixtures/reports', () => {
  it('writes every output file', () => {
    for (const stem of ['documents', 'references', 'indicators', 'decisions', 'unmatched']) {
      expect(fs.existsSync(path.join(out.dir, `${stem}.jsonl`)), stem).toBe(true);
      expect(fs.existsSync(path.join(out.dir, `${stem}.csv`)), stem).toBe(true);
    }
    expect(fs.existsSync(path.join(out.dir, 'timeseries.csv'))).toBe(true);
    expect(fs.existsSync(path.join(out.dir, 'run.json'))).toBe(true);
  });

  it('reads all 10 reports (5 PDF, 5 DOCX) with status ok', () => {
    const docs = out.jsonl('documents');
    expect(docs).toHaveLength(10);
    expect(docs.filter((d) => d.format === 'pdf')).toHaveLength(5);
    expect(docs.filter((d) => d.format === 'docx')).toHaveLength(5);
    expect(docs.map((d) => d.status)).toEqual(Array(10).fill('ok'));
    expect(out.result.exitCode).toBe(0);
  });

  it('every row of every output validates against its schema', () => {
    for (const stem of ['documents', 'references', 'indicators', 'decisions', 'unmatched', 'series', 'series_points', 'timeseries_conflicts'] as const) {
      const rows = out.jsonl(stem);
      expect(rows.length, stem).toBeGreaterThan(0);
      for (const row of rows) SCHEMAS[stem].parse(row);
      // CSV has the same rows and the schema's columns.
      const csv = out.csv(stem);
      expect(csv).toHaveLength(rows.length);
      expect(Object.keys(csv[0])).toEqual(Object.keys(SCHEMAS[stem].shape));
    }
    SCHEMAS.run.parse(JSON.parse(fs.readFileSync(path.join(out.dir, 'run.json'), 'utf8')));
    expect(out.result.run.warnings).toEqual([]);
  });

  it('reads document metadata from the header, and never cites the report itself', () => {
    const docs = out.jsonl('documents');
    const bc346 = docs.filter((d) => String(d.source_file).includes('2022-12-13-bc-346'));
    for (const d of bc346) {
      expect(d.number).toBe('346/BC-STTTT');
      expect(d.issue_date).toBe('2022-12-13');
      expect(d.doc_type).toBe('Báo cáo');
      expect(d.period).toBe('2022');
      expect(d.issuer).toBe('UBND TỈNH AN GIANG – SỞ THÔNG TIN VÀ TRUYỀN THÔNG');
    }
    const refs = out.jsonl('references');
    expect(refs.filter((r) => r.key === '346/BC-STTTT')).toEqual([]);
    const h1 = docs.find((d) => String(d.source_file).endsWith('2024-h1-bao-cao-nghi-quyet-dang-bo.pdf'));
    expect(h1?.period).toBe('2024-H1');
  });

  it('finds footnote references with the body sentence as context', () => {
    const refs = out.jsonl('references').filter((r) => String(r.source_file).endsWith('2022-12-13-bc-346-chuyen-doi-so.pdf'));
    const ctr = refs.find((r) => r.key === '553/CTr-UBND');
    expect(ctr).toMatchObject({ type: 'Chương trình', issue_date: '2021-09-09', in_footnote: true, pages: [1] });
    expect(ctr?.context).toContain('UBND tỉnh An Giang đã ban hành Chương trình Chuyển đổi số');
  });

  it('indexes decisions across documents with every citing report', () => {
    const decisions = out.jsonl('decisions');
    const d749 = decisions.find((d) => d.key === '749/QĐ-TTg');
    expect(d749).toMatchObject({ type: 'Quyết định', issue_date: '2020-06-03', issuer: 'Thủ tướng Chính phủ' });
    expect((d749?.cited_by as unknown[]).length).toBeGreaterThanOrEqual(2);
  });

  it('writes a wide time series with one row per indicator', () => {
    const rows = out.csv('timeseries');
    const mobile = rows.find((r) => r.series_id === 'mobile_subscribers');
    expect(mobile?.['2022']).toBe('2471745');
  });
});

describe('a batch with a file that cannot be read', () => {
  it('reports the bad file and still processes the others', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-bad-'));
    fs.copyFileSync(path.join(REPORTS, '2025-01-bao-cao-chinh-quyen-dien-tu.pdf'), path.join(dir, 'good.pdf'));
    fs.copyFileSync(path.join(REPORTS, '2025-01-bao-cao-chinh-quyen-dien-tu.docx'), path.join(dir, 'good.docx'));
    fs.writeFileSync(path.join(dir, 'broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage');
    fs.writeFileSync(path.join(dir, 'not-a-report.docx'), 'plain text, not a zip');
    const bad = await runInto([dir]);
    const docs = bad.jsonl('documents');
    expect(docs).toHaveLength(4);
    const byName = Object.fromEntries(docs.map((d) => [path.basename(String(d.source_file)), d]));
    expect(byName['broken.pdf'].status).toBe('failed');
    expect(byName['broken.pdf'].error).not.toBe('');
    expect(byName['not-a-report.docx'].status).toBe('failed');
    expect(byName['not-a-report.docx'].error).toMatch(/unrecognized format/);
    expect(byName['good.pdf'].status).toBe('ok');
    expect(byName['good.docx'].status).toBe('ok');
    expect(bad.jsonl('references').filter((r) => String(r.source_file).endsWith('good.pdf')).length).toBeGreaterThan(10);
    expect(bad.result.exitCode).toBe(1);
  });
});
