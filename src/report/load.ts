/**
 * The report's input: the JSON Lines and run.json an extract run wrote, each row checked against
 * its schema. A row that fails is left out and said so (a warning on the overview), never drawn.
 *
 * Documents, decisions and series (one row per document, decision or series) are held. The rows
 * that grow with every page read (references, statements, figures without a label) are not:
 * they are scanned once, each handed to the caller with where it lies in its file, and read
 * back by that place when the page that shows them is written (RowFile).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { DecisionRecord, DocumentRecord, IndicatorRecord, ReferenceRecord, RunRecord, SeriesRecord, UnmatchedRecord } from '../schemas.js';
import { forEachLine, LineReader } from './lines.js';

export interface ReportInput {
  outDir: string;
  run: RunRecord | null;
  documents: DocumentRecord[];
  decisions: DecisionRecord[];
  series: SeriesRecord[];
  /** The files of the rows not held (null when missing), to read back with RowFile. */
  files: Record<RowStem, string | null>;
  /** Rows or files that could not be read, one line each. */
  warnings: string[];
}

export type RowStem = 'references' | 'indicators' | 'unmatched';

/** What is done with each row not held: given with the byte range of its line. */
export interface RowSinks {
  references(row: ReferenceRecord, start: number, end: number): void;
  indicators(row: IndicatorRecord, start: number, end: number): void;
  unmatched(row: UnmatchedRecord, start: number, end: number): void;
}

/** A folder without documents.jsonl is no output folder: that is a setup error (thrown, one line). */
export function loadOutputs(outDir: string, sinks: RowSinks): ReportInput {
  const warnings: string[] = [];
  if (!fs.existsSync(path.join(outDir, 'documents.jsonl'))) throw new Error(`${path.join(outDir, 'documents.jsonl')} not found: run npm run extract -- --out ${outDir} first`);
  const read = <T>(stem: string, schema: z.ZodType<T>): T[] => {
    const rows: T[] = [];
    scanRows(outDir, stem, schema, warnings, (row) => rows.push(row));
    return rows;
  };
  let run: RunRecord | null = null;
  const runFile = path.join(outDir, 'run.json');
  if (fs.existsSync(runFile)) {
    let value: unknown = null;
    try {
      value = JSON.parse(fs.readFileSync(runFile, 'utf8'));
    } catch {
      /* reported below as failing its schema */
    }
    const r = RunRecord.safeParse(value);
    if (r.success) run = r.data;
    else warnings.push('run.json fails its schema: the run summary is left out');
  } else warnings.push('run.json not found: the run summary is left out');
  // (in this order: the warnings are listed as the files are read)
  const documents = read('documents', DocumentRecord);
  const references = scanRows(outDir, 'references', ReferenceRecord, warnings, sinks.references);
  const decisions = read('decisions', DecisionRecord);
  const indicators = scanRows(outDir, 'indicators', IndicatorRecord, warnings, sinks.indicators);
  const series = read('series', SeriesRecord);
  const unmatched = scanRows(outDir, 'unmatched', UnmatchedRecord, warnings, sinks.unmatched);
  return { outDir, run, documents, decisions, series, files: { references, indicators, unmatched }, warnings };
}

/**
 * Every row of `<stem>.jsonl` that passes its schema, in file order, with the byte range of its
 * line; a missing file, a line that is no JSON or fails its schema is a warning. Returns the
 * file's path, or null when it is missing.
 */
export function scanRows<T>(outDir: string, stem: string, schema: z.ZodType<T>, warnings: string[], onRow: (row: T, start: number, end: number) => void): string | null {
  const file = path.join(outDir, `${stem}.jsonl`);
  if (!fs.existsSync(file)) {
    warnings.push(`${stem}.jsonl not found: the report has no ${stem}`);
    return null;
  }
  forEachLine(file, (line, i, start, end) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      warnings.push(`${stem}.jsonl line ${i + 1} is not JSON: left out`);
      return;
    }
    const r = schema.safeParse(value);
    if (r.success) onRow(r.data, start, end);
    else warnings.push(`${stem}.jsonl line ${i + 1} fails its schema (${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}): left out`);
  });
  return file;
}

/**
 * Rows of a JSON Lines file read back by the byte ranges scanRows gave them. Parsed, not checked
 * again: each passed its schema when scanned, and the row schemas read back this way (references,
 * statements, figures without a label) fill in no defaults, so the parsed line holds what its
 * checked copy held (and keys no schema knows, which no page reads).
 */
export class RowFile<T> {
  private lines: LineReader | null;

  constructor(file: string | null) {
    this.lines = file ? new LineReader(file) : null;
  }

  /** The rows at `spans` ([start, end, start, end, …]), in that order. */
  read(spans: readonly number[] | undefined): T[] {
    if (!spans || !this.lines) return [];
    return this.lines.lines(spans).map((line) => JSON.parse(line) as T);
  }

  close(): void {
    this.lines?.close();
    this.lines = null;
  }
}
