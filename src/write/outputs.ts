/**
 * The only stage that touches the output folder: JSON Lines and CSV for every record type,
 * the wide time series, and run.json. Arrays become "; "-joined cells in CSV.
 */
import path from 'node:path';
import fs from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { writeAtomic, writeAtomicStream } from './atomic.js';
import type { SeriesTable } from '../resolve/series.js';

type Row = Record<string, unknown>;

/** A record's value as a CSV cell (the workbook writes lists the same way). */
export function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' ? Object.values(x as object).join(' ') : String(x))).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function toCsv(rows: Row[], columns: string[]): string {
  // A BOM lets spreadsheet programs read Vietnamese text as UTF-8.
  return '\uFEFF' + stringify(rows.map((r) => columns.map((c) => cell(r[c]))), { header: true, columns, record_delimiter: 'unix' });
}

export function toJsonl(rows: Row[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
}

/** Rows of an output: an array, or anything that can be walked more than once and knows its length (rows read from the state). */
export interface Rows<T> extends Iterable<T> {
  readonly length: number;
}

// Rows turned into CSV at a time: the file is written in pieces, never held whole.
const CSV_BATCH = 100;

export async function writeRecords(dir: string, stem: string, rows: Rows<Row>, columns: string[]): Promise<void> {
  // The same bytes as toJsonl and toCsv, written as the rows come: both files in one walk of the
  // rows (a walk of rows read from the state parses every one of them again).
  await writeAtomicStream(path.join(dir, `${stem}.jsonl`), (writeJsonl) =>
    writeAtomicStream(path.join(dir, `${stem}.csv`), async (writeCsv) => {
      await writeCsv('\uFEFF');
      let batch: string[][] = [];
      let first = true;
      const flush = async () => {
        await writeCsv(stringify(batch, { header: first, columns, record_delimiter: 'unix' }));
        first = false;
        batch = [];
      };
      for (const r of rows) {
        await writeJsonl(JSON.stringify(r) + '\n');
        batch.push(columns.map((c) => cell(r[c])));
        if (batch.length >= CSV_BATCH) await flush();
      }
      if (batch.length || first) await flush();
    }),
  );
}

export async function writeSeries(dir: string, table: SeriesTable): Promise<void> {
  await writeAtomicStream(path.join(dir, 'timeseries.csv'), async (write) => {
    await write('\uFEFF' + stringify([table.header], { record_delimiter: 'unix' }));
    for (let i = 0; i < table.rows.length; i += CSV_BATCH) await write(stringify(table.rows.slice(i, i + CSV_BATCH), { record_delimiter: 'unix' }));
  });
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeAtomic(file, JSON.stringify(value, null, 2) + '\n');
}
