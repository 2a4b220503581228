/**
 * output/workbook.xlsx read back with exceljs: every output a sheet with the CSV's rows,
 * Vietnamese text intact, numbers as numbers, codes with leading zeros as text, ISO dates as
 * dates, a frozen header with a filter, and the same bytes for the same input.
 */
import fs from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTS } from './support/fixtures.js';
import { runInto, Outputs } from './support/run.js';
import { cellValue, schemaCellTypes, workbookBuffer } from '../src/write/workbook.js';
import { z } from 'zod';
import { SCHEMAS, type DocumentRecord } from '../src/schemas.js';
import { timeseriesRole } from '../src/resolve/series.js';
import type { IndexInput } from '../src/write/index/rows.js';

const STEM = '2022-12-13-bc-346-chuyen-doi-so';
let out: Outputs;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  out = await runInto([path.join(REPORTS, `${STEM}.pdf`), path.join(REPORTS, `${STEM}.docx`)], 'vnx-workbook-');
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(out.dir, 'workbook.xlsx'));
}, 300_000);

/** A sheet as header + rows of cell values (exceljs rows are 1-based, values[0] unused). */
function sheet(name: string): { header: string[]; rows: ExcelJS.CellValue[][] } {
  const ws = wb.getWorksheet(name)!;
  const all: ExcelJS.CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => all.push(Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1).value)));
  const [header, ...rows] = all;
  return { header: header.map(String), rows };
}

describe('workbook.xlsx', () => {
  it('has one sheet per output and the data dictionary, each with the rows of its CSV', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['documents', 'references', 'decisions', 'indicators', 'unmatched', 'series', 'series_points', 'timeseries', 'timeseries_conflicts', 'columns']);
    for (const stem of ['documents', 'references', 'decisions', 'indicators', 'unmatched', 'series', 'series_points', 'timeseries', 'timeseries_conflicts']) {
      const csv = out.csv(stem);
      const s = sheet(stem);
      expect(s.rows.length, stem).toBe(csv.length);
      // The header line itself: object keys put integer-like names ("2024") first.
      const header = fs.readFileSync(path.join(out.dir, `${stem}.csv`), 'utf8').replace(/^\uFEFF/, '').split('\n')[0].split(',');
      expect(s.header, stem).toEqual(header);
    }
  });

  it('keeps every Vietnamese text cell as the CSV has it', () => {
    let vietnamese = 0;
    for (const stem of ['documents', 'references', 'indicators', 'series_points']) {
      const csv = out.csv(stem);
      const s = sheet(stem);
      const types = new Map(schemaCellTypes(stemSchema(stem)).map((c) => [c.name, c.type]));
      s.rows.forEach((row, i) => {
        s.header.forEach((h, j) => {
          if (types.get(h) !== 'text' && types.get(h) !== 'list') return;
          const want = csv[i][h];
          expect(row[j] ?? '', `${stem} row ${i + 1} ${h}`).toBe(want);
          if (/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(want)) vietnamese++;
        });
      });
    }
    expect(vietnamese).toBeGreaterThan(500);
  });

  it('types numbers as numbers, booleans as booleans and ISO dates as dates', () => {
    const ind = sheet('indicators');
    const col = (name: string) => ind.header.indexOf(name);
    for (const r of ind.rows) {
      expect(typeof r[col('value')]).toBe('number');
      expect(typeof r[col('catalog')]).toBe('boolean');
      expect(r[col('page')] === null || typeof r[col('page')] === 'number').toBe(true);
    }
    const docs = sheet('documents');
    const csvDocs = out.csv('documents');
    const date = docs.header.indexOf('issue_date');
    docs.rows.forEach((r, i) => {
      if (csvDocs[i].issue_date === '') expect(r[date]).toBeNull();
      else expect((r[date] as Date).toISOString().slice(0, 10)).toBe(csvDocs[i].issue_date);
    });
    expect(docs.rows.some((r) => r[date] instanceof Date)).toBe(true);
    // The wide table: every value cell a number or blank.
    const wide = sheet('timeseries');
    let numbers = 0;
    wide.header.forEach((h, j) => {
      if (timeseriesRole(h) !== 'value') return;
      for (const r of wide.rows) {
        expect(r[j] === null || typeof r[j] === 'number', `${h}: ${String(r[j])}`).toBe(true);
        if (typeof r[j] === 'number') numbers++;
      }
    });
    expect(numbers).toBeGreaterThan(10);
  });

  it('keeps codes with leading zeros as text: "01" of 01-NQ/TU stays "01"', () => {
    const refs = sheet('references');
    const number = refs.header.indexOf('number');
    const key = refs.header.indexOf('key');
    const zero = refs.rows.filter((r) => String(r[key]).startsWith('01-NQ/TU'));
    expect(zero.length).toBeGreaterThan(0);
    for (const r of zero) expect(r[number]).toBe('01');
    const docId = sheet('documents').rows.map((r) => r[0]);
    for (const id of docId) expect(typeof id).toBe('string');
  });

  it('freezes the header row and puts a filter on it', () => {
    for (const ws of wb.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).font?.bold, ws.name).toBe(true);
    }
    // exceljs does not read autofilters back: look at the sheet XML.
    const entries = zipEntries(fs.readFileSync(path.join(out.dir, 'workbook.xlsx')));
    const docs = entries.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    // One column per field of a document record: 22, A to V.
    expect(Object.keys(SCHEMAS.documents.shape)).toHaveLength(22);
    expect(docs).toContain(`<autoFilter ref="A1:V1"/>`);
    expect(docs).toContain('state="frozen"');
  });
});

const stemSchema = (stem: string) => SCHEMAS[stem as 'documents'] as unknown as z.ZodObject;

/** The entries of a zip archive, inflated: name → bytes. */
function zipEntries(zip: Buffer): Map<string, Buffer> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = new Map<string, Buffer>();
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = zip.readUInt16LE(eocd + 10); n > 0; n--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLen = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLen);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    entries.set(name.replace(/^\//, ''), method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLen + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

describe('workbook cells', () => {
  const doc: DocumentRecord = {
    document_id: '0123456789abcdef',
    source_file: 'x/báo cáo.pdf',
    source_files: ['x/báo cáo.pdf', 'y/báo cáo.pdf'],
    format: 'pdf',
    sha256: '0'.repeat(64),
    bytes: 10,
    pages: 2,
    status: 'ok',
    error: '',
    title: 'Báo cáo kết quả\u0007 thực hiện',
    doc_type: 'Báo cáo',
    number: '01',
    issue_date: '2025-01-02',
    issuer: 'UBND TỈNH AN GIANG',
    place: '',
    signer: '',
    signer_title: '',
    period: '2025-01',
    blocks: 1,
    footnotes: 0,
    warnings: [],
    short_forms: [],
  };
  const input = (docs: DocumentRecord[]): IndexInput => ({
    documents: docs,
    references: [],
    indicators: [],
    unmatched: [],
    decisions: [],
    series: [],
    series_points: [],
    timeseries_conflicts: [],
    timeseries: { header: ['series_id', 'curated', 'entity', 'name', 'unit', '2025', '2025 kind', '2025 sources'], rows: [['s', 'true', '', 'Tỷ lệ', '%', '012.5', 'actual', 'a.pdf p.1']] },
  });

  it('a number-like code stays text, a period stays text, control characters are dropped, lists are joined', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbookBuffer(input([doc]))) as unknown as ArrayBuffer);
    const ws = book.getWorksheet('documents')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const at = (name: string) => ws.getRow(2).getCell(header.indexOf(name) + 1).value;
    expect(at('number')).toBe('01');
    expect(at('period')).toBe('2025-01');
    expect(at('title')).toBe('Báo cáo kết quả thực hiện');
    expect(at('source_files')).toBe('x/báo cáo.pdf; y/báo cáo.pdf');
    expect(at('bytes')).toBe(10);
    expect(at('place')).toBeNull();
    expect(book.getWorksheet('timeseries')!.getRow(2).getCell(6).value).toBe(12.5);
  });

  it('cuts text over Excel\'s 32,767-character cell limit', () => {
    const long = cellValue('text', 'ạ'.repeat(40_000)) as string;
    expect(long).toHaveLength(32_767);
    expect(long.endsWith('…')).toBe(true);
  });

  it('gives the same bytes for the same rows', async () => {
    const a = await workbookBuffer(input([doc]));
    await new Promise((r) => setTimeout(r, 2100)); // zip entries stamp the time in 2-second steps
    const b = await workbookBuffer(input([doc]));
    expect(a.equals(b)).toBe(true);
  });
});
