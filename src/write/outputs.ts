/**
 * The only stage that touches the output folder: JSON Lines and CSV for every record type,
 * the wide time series, and run.json. Arrays become "; "-joined cells in CSV.
 */
import path from 'node:path';
import fs from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { writeAtomic } from './atomic.js';
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

export async function writeRecords(dir: string, stem: string, rows: Row[], columns: string[]): Promise<void> {
  await writeAtomic(path.join(dir, `${stem}.jsonl`), toJsonl(rows));
  await writeAtomic(path.join(dir, `${stem}.csv`), toCsv(rows, columns));
}

export async function writeSeries(dir: string, table: SeriesTable): Promise<void> {
  await writeAtomic(path.join(dir, 'timeseries.csv'), '\uFEFF' + stringify([table.header, ...table.rows], { record_delimiter: 'unix' }));
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeAtomic(file, JSON.stringify(value, null, 2) + '\n');
}
