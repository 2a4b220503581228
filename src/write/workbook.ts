/**
 * output/workbook.xlsx: every output as a typed sheet, for people who open the results in Excel or
 * LibreOffice. A CSV leaves the types to the program opening it (it drops the leading zero of
 * "01", garbles UTF-8 without asking); here a number is a number, a code or a number-like text
 * stays text, an ISO date is a date, and the header row is frozen with a filter on it.
 * Written with exceljs's streaming writer, its zip dates fixed so that the same input gives the
 * same bytes, then renamed into place. A failure is a run warning, never a failed run.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import { z } from 'zod';
import { COLUMNS, ISO_DATE_PATTERN, SCHEMAS } from '../schemas.js';
import { timeseriesRole } from '../resolve/series.js';
import { dictionary } from '../dictionary.js';
import { writeAtomic } from './atomic.js';
import { cell as csvCell, type Rows } from './outputs.js';
import type { IndexInput } from './index/rows.js';
import { fixZipDates } from './zip-dates.js';

export const WORKBOOK_FILE = 'workbook.xlsx';

/** How a column's cells are typed. `list` is an array, written as the CSV writes it ("; "-joined). */
export type CellType = 'text' | 'number' | 'boolean' | 'date' | 'list';

export interface SheetColumn {
  name: string;
  type: CellType;
}

/** The sheets in workbook order, each with the rows of its CSV. */
const SHEETS = ['documents', 'references', 'decisions', 'indicators', 'unmatched', 'series', 'series_points', 'timeseries', 'timeseries_conflicts'] as const;

// Excel's limits: longer text is cut (the CSV and JSONL keep it whole), more rows are left out.
const MAX_CELL = 32_767;
const MAX_ROWS = 1_048_576;
// XML 1.0 cannot carry these control characters: a cell holding one would make the file unreadable.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// OOXML writes a character as `_xHHHH_` in a string, and readers decode it: `x_cap_xa_xu_ly` (a
// series id) came back from LibreOffice as `x_cap⏎xu_ly` (it decodes even one hex digit). The
// underscore that starts such a run is written as `_x005F_`, the escape of '_' itself, which
// Excel, LibreOffice and exceljs read back as '_'.
const ESCAPE_LIKE = /_(?=x[0-9A-Fa-f]{1,4}_)/g; // the first '_' of `_xa_` in `x_cap_xa_xu_ly`
// Rows written between two turns of the event loop (see workbookBuffer).
const YIELD_ROWS = 500;
/** Every run stamps the workbook with this moment: a real date would make two runs differ. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

interface JsonProperty {
  type?: string | string[];
  pattern?: string;
  anyOf?: JsonProperty[];
}

/** The cell type of every field of a record schema, in CSV column order. */
export function schemaCellTypes(schema: z.ZodObject): SheetColumn[] {
  const json = z.toJSONSchema(schema) as { properties: Record<string, JsonProperty> };
  return Object.entries(json.properties).map(([name, prop]) => {
    const alternatives = (prop.anyOf ?? [prop]).flatMap((a) => (Array.isArray(a.type) ? a.type.map((type) => ({ ...a, type })) : [a]));
    const main = alternatives.find((a) => a.type !== 'null') ?? prop;
    const type: CellType =
      main.type === 'integer' || main.type === 'number'
        ? 'number'
        : main.type === 'boolean'
          ? 'boolean'
          : main.type === 'array' || main.type === 'object'
            ? 'list'
            : main.pattern === ISO_DATE_PATTERN.source
              ? 'date'
              : 'text';
    return { name, type };
  });
}

/** timeseries.csv's columns: value columns are numbers, the rest text (curated a boolean). */
export function timeseriesCellTypes(header: string[]): SheetColumn[] {
  return header.map((name) => ({ name, type: name === 'curated' ? 'boolean' : timeseriesRole(name) === 'value' ? 'number' : 'text' }));
}

/** A record's value as the cell of a typed column. */
export function cellValue(type: CellType, v: unknown): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  switch (type) {
    case 'number':
      if (v === '') return null;
      return typeof v === 'number' ? v : Number(v);
    case 'boolean':
      return typeof v === 'boolean' ? v : v === 'true';
    case 'date': {
      if (v === '') return null;
      const [y, m, d] = String(v).split('-').map(Number);
      return new Date(Date.UTC(y, m - 1, d));
    }
    default: {
      const text = (type === 'list' ? csvCell(v) : String(v)).replace(XML_ILLEGAL, '');
      // An empty text is a blank cell, as a spreadsheet's own empty cells are.
      if (text === '') return null;
      return (text.length > MAX_CELL ? text.slice(0, MAX_CELL - 1) + '…' : text).replace(ESCAPE_LIKE, '_x005F_');
    }
  }
}

/** Wide enough for the header and most values, never wider than 60 characters. */
function widths(columns: SheetColumn[], rows: Iterable<unknown[]>): number[] {
  const first: unknown[][] = [];
  for (const r of rows) {
    if (first.length >= 500) break;
    first.push(r);
  }
  return columns.map((c, i) => {
    let w = c.name.length + 2;
    if (c.type === 'date') w = Math.max(w, 12);
    for (const r of first) {
      const v = r[i];
      const len = v === null || v === undefined ? 0 : v instanceof Date ? 10 : String(v).length;
      if (len + 2 > w) w = len + 2;
    }
    return Math.min(60, Math.max(8, w));
  });
}

interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: Iterable<unknown[]>;
  count: number;
}

function recordSheet(name: string, records: Rows<Record<string, unknown>>): Sheet {
  const columns = schemaCellTypes(SCHEMAS[name as keyof typeof SCHEMAS] as unknown as z.ZodObject);
  // The CSV's own column list: the sheet has exactly the CSV's columns.
  const order = COLUMNS[name as keyof typeof COLUMNS];
  const typed = order.map((n) => columns.find((c) => c.name === n)!);
  // Made as the sheet is written, one row at a time: the workbook never holds a copy of every record.
  const rows = {
    *[Symbol.iterator]() {
      for (const r of records) yield typed.map((c) => r[c.name]);
    },
  };
  return { name, columns: typed, rows, count: records.length };
}

/** Every sheet of the workbook, the last one the data dictionary. */
export function workbookSheets(input: IndexInput): Sheet[] {
  const sheets: Sheet[] = [];
  for (const name of SHEETS) {
    if (name === 'timeseries') {
      const t = input.timeseries;
      sheets.push({ name, columns: timeseriesCellTypes(t.header), rows: t.rows, count: t.rows.length });
    } else sheets.push(recordSheet(name, input[name] as unknown as Rows<Record<string, unknown>>));
  }
  const dict = dictionary().flatMap((f) => f.columns.map((c) => [f.file, c.name, c.type, c.description]));
  sheets.push({ name: 'columns', columns: ['file', 'column', 'type', 'description'].map((name) => ({ name, type: 'text' as const })), rows: dict, count: dict.length });
  return sheets;
}

type WorkbookWriterClass = typeof ExcelJS.stream.xlsx.WorkbookWriter;
let writerClass: WorkbookWriterClass | undefined;

/**
 * exceljs's own entry loads its reader too (unzipper, chainsaw, traverse…): about 0.9 s of CPU
 * at start-up, most of a one-page run's main-thread time. Only the streaming writer is needed,
 * and it is loaded on first use.
 */
function workbookWriter(): WorkbookWriterClass {
  writerClass ??= createRequire(import.meta.url)('exceljs/lib/stream/xlsx/workbook-writer.js') as WorkbookWriterClass;
  return writerClass;
}

/**
 * Load the writer now, while the workers read: the main thread waits for them anyway, and the
 * load then costs nothing on the run's critical path.
 */
export function preloadWorkbookWriter(): void {
  setImmediate(() => {
    try {
      workbookWriter();
    } catch {
      // a failure shows where the workbook is written, with its message
    }
  });
}

/** exceljs's style table (its StylesXform): the id of a cell's style, added if new. */
interface StyleRegistry {
  addStyleModel(model: unknown, cellType?: number): number;
}

/**
 * exceljs gives every cell a style object of its own, so its cache (by object) never hits, and
 * finds the style's id by rendering the style as XML for every cell: most of the workbook's CPU
 * (~2 s of the main thread for 50 real reports). Our cells have few styles (a date column's
 * format, the header's bold font): an id is remembered by what decides it (the cell type when no
 * format is given, the format, the font). The first cell of each style still goes to exceljs, in
 * the same order as before, so the table and the file are the same bytes. A style with anything
 * else in it (none today) goes to exceljs every time.
 */
export function rememberStyleIds(styles: StyleRegistry): void {
  const add = styles.addStyleModel.bind(styles);
  const ids = new Map<string | number, number>();
  styles.addStyleModel = (model, cellType) => {
    const key = styleKey(model, cellType);
    if (key === undefined) return add(model, cellType);
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = add(model, cellType)));
    return id;
  };
}

function styleKey(model: unknown, cellType: number | undefined): string | number | undefined {
  // (exceljs answers a missing style with 0 before it sets anything up: left to it)
  if (!model || typeof model !== 'object') return undefined;
  let numFmt: unknown;
  let font: unknown;
  // (a loop, not a rest pattern: this runs for every cell)
  for (const k in model) {
    if (k === 'numFmt') numFmt = (model as { numFmt: unknown }).numFmt;
    else if (k === 'font') font = (model as { font: unknown }).font;
    else return undefined;
  }
  if (numFmt !== undefined && typeof numFmt !== 'string') return undefined;
  // Most cells: an empty style, whose id depends on the cell type alone.
  if (!numFmt && !font) return cellType || 0;
  // exceljs reads a falsy cell type as Number, and the type only when there is no format.
  return `${numFmt || `type ${cellType || 0}`}\u0000${font ? JSON.stringify(font) : ''}`;
}

/** The workbook's bytes. */
export async function workbookBuffer(input: IndexInput, warnings: string[] = []): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const WorkbookWriter = workbookWriter();
  const wb = new WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  rememberStyleIds((wb as unknown as { styles: StyleRegistry }).styles);
  wb.creator = 'vn-report-extract';
  wb.lastModifiedBy = 'vn-report-extract';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of workbookSheets(input)) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    // The streaming writer writes the filter when the sheet is committed.
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, sheet.columns.length) } };
    const w = widths(sheet.columns, sheet.rows);
    ws.columns = sheet.columns.map((c, i) => ({ key: c.name, width: w[i], style: c.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : {} }));
    const header = ws.addRow(sheet.columns.map((c) => c.name));
    header.font = { bold: true };
    header.commit();
    if (sheet.count > MAX_ROWS - 1) warnings.push(`${WORKBOOK_FILE}: sheet ${sheet.name} has ${sheet.count} rows, over Excel's ${MAX_ROWS - 1}: the rest are in ${sheet.name}.csv only`);
    let written = 0;
    for (const r of sheet.rows) {
      if (written++ >= MAX_ROWS - 1) break;
      ws.addRow(sheet.columns.map((c, i) => cellValue(c.type, r[i]))).commit();
      // The sheet's XML waits in memory until the zip reads it, and the zip reads only when this
      // loop lets it: without a turn now and then, every sheet was held whole (about 100 MB at
      // 1,000 documents). The zip's bytes are the same however its input arrives.
      if (written % YIELD_ROWS === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    ws.commit();
  }
  await wb.commit();
  await ended;
  return fixZipDates(Buffer.concat(chunks));
}

export async function writeWorkbook(outDir: string, input: IndexInput, warnings: string[]): Promise<void> {
  try {
    await writeAtomic(path.join(outDir, WORKBOOK_FILE), await workbookBuffer(input, warnings));
  } catch (e) {
    // A stale workbook would disagree with the CSVs written a moment ago: better none.
    await fs.rm(path.join(outDir, WORKBOOK_FILE), { force: true });
    warnings.push(`${WORKBOOK_FILE} not written: ${(e as Error).message}`);
  }
}
