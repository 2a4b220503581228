/**
 * The joins the pages need, computed once: where each statement is anchored on its document's
 * page, which reference rows are a decision's citations, which statements make a series' points.
 *
 * The rows themselves are not held: each join keeps the byte ranges of its rows' lines
 * ([start, end, …], in file order) and a page reads its rows back when it is written, so the
 * report's memory is that of its documents, decisions and series, not of every row read.
 */
import { createHash } from 'node:crypto';
import { compareKeyOf } from '../extract/references.js';
import { byPeriodEnd } from '../resolve/series.js';
import type { DecisionRecord, DocumentRecord, IndicatorRecord, ReferenceRecord, UnmatchedRecord } from '../schemas.js';
import { loadOutputs, RowFile, type ReportInput } from './load.js';

export interface ReportModel extends ReportInput {
  documentById: Map<string, DocumentRecord>;
  /** Rows of each kind that passed their schema. */
  counts: { references: number; indicators: number };
  referencesOf(documentId: string): ReferenceRecord[];
  referenceCount(documentId: string): number;
  indicatorsOf(documentId: string): IndicatorRecord[];
  indicatorCount(documentId: string): number;
  unmatchedOf(documentId: string): UnmatchedRecord[];
  indicatorsOfSeries(seriesId: string): IndicatorRecord[];
  /** The anchor of each statement read on its document's page ("i3": the document's fourth statement). */
  anchorOf: WeakMap<IndicatorRecord, string>;
  seriesFileOf: Map<string, string>;
  citationsOf(d: DecisionRecord): ReferenceRecord[];
  /** The row files are closed (the model reads no more rows). */
  close(): void;
}

/**
 * A statement is a point of its series' chart when it has a period and is a level: a change
 * ("tăng 5% so với cùng kỳ") is a difference, listed under the chart but not drawn among levels.
 */
export function isPoint(row: IndicatorRecord): boolean {
  return row.period !== '' && row.kind !== 'change';
}

export function documentFile(id: string): string {
  return `documents/${/^[0-9a-f]{16}$/.test(id) ? id : hashName(id)}.html`;
}

/** Ids are ASCII in practice; anything else (or too long for a file name) gets a digest. */
export function seriesFile(id: string): string {
  const safe = /^[A-Za-z0-9_-]{1,120}$/.test(id) ? id : `${id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 80)}-${hashName(id)}`;
  return `series/${safe}.html`;
}

function hashName(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 12);
}

export function periodsInOrder(rows: IndicatorRecord[]): string[] {
  return [...new Set(rows.filter(isPoint).map((r) => r.period))].sort(byPeriodEnd);
}

/** Byte ranges of rows grouped by a key, in the order the rows came. */
class Spans<K> {
  readonly of = new Map<K, number[]>();

  add(key: K, ...values: number[]): void {
    const list = this.of.get(key);
    if (list) list.push(...values);
    else this.of.set(key, values);
  }
}

/** `onRow`: called after each row scanned (the report's garbage budget). */
export function buildModel(outDir: string, onRow: () => void = () => {}): ReportModel {
  const refsByDoc = new Spans<string>();
  // Citations of a decision: its document's reference rows whose key compares equal to one of its spellings.
  const refsByKey = new Spans<string>();
  const indicatorsByDoc = new Spans<string>();
  // [start, end, anchor number] of each statement of a series: its anchor is its place among its document's statements.
  const indicatorsBySeries = new Spans<string>();
  const unmatchedByDoc = new Spans<string>();
  const counts = { references: 0, indicators: 0 };
  const input = loadOutputs(outDir, {
    references(r, start, end) {
      counts.references++;
      refsByDoc.add(r.document_id, start, end);
      refsByKey.add(compareKeyOf(r.key), start, end);
      onRow();
    },
    indicators(r, start, end) {
      counts.indicators++;
      const anchor = (indicatorsByDoc.of.get(r.document_id)?.length ?? 0) / 2;
      indicatorsByDoc.add(r.document_id, start, end);
      indicatorsBySeries.add(r.series_id, start, end, anchor);
      onRow();
    },
    unmatched(r, start, end) {
      unmatchedByDoc.add(r.document_id, start, end);
      onRow();
    },
  });
  const references = new RowFile<ReferenceRecord>(input.files.references);
  const indicators = new RowFile<IndicatorRecord>(input.files.indicators);
  const unmatched = new RowFile<UnmatchedRecord>(input.files.unmatched);
  const anchorOf = new WeakMap<IndicatorRecord, string>();

  const seriesFileOf = new Map<string, string>();
  const taken = new Set<string>();
  for (const s of input.series) {
    let f = seriesFile(s.series_id);
    // Two ids may only differ in case: a case-insensitive file system would merge their pages.
    if (taken.has(f.toLowerCase())) f = seriesFile(`${s.series_id}\u0000`);
    taken.add(f.toLowerCase());
    seriesFileOf.set(s.series_id, f);
  }
  return {
    ...input,
    documentById: new Map(input.documents.map((d) => [d.document_id, d])),
    counts,
    referencesOf: (id) => references.read(refsByDoc.of.get(id)),
    referenceCount: (id) => (refsByDoc.of.get(id)?.length ?? 0) / 2,
    indicatorsOf(id) {
      const rows = indicators.read(indicatorsByDoc.of.get(id));
      rows.forEach((r, i) => anchorOf.set(r, `i${i}`));
      return rows;
    },
    indicatorCount: (id) => (indicatorsByDoc.of.get(id)?.length ?? 0) / 2,
    unmatchedOf: (id) => unmatched.read(unmatchedByDoc.of.get(id)),
    indicatorsOfSeries(id) {
      const spans = indicatorsBySeries.of.get(id) ?? [];
      const rows: IndicatorRecord[] = [];
      for (let i = 0; i < spans.length; i += 3) {
        const [row] = indicators.read([spans[i], spans[i + 1]]);
        anchorOf.set(row, `i${spans[i + 2]}`);
        rows.push(row);
      }
      return rows;
    },
    anchorOf,
    seriesFileOf,
    citationsOf(d) {
      const citing = new Set(d.cited_by.map((c) => c.document_id));
      const keys = new Set([d.key, ...d.variants].map(compareKeyOf));
      const out: ReferenceRecord[] = [];
      for (const k of keys) for (const r of references.read(refsByKey.of.get(k))) if (citing.has(r.document_id)) out.push(r);
      return out.sort((a, b) => a.source_file.localeCompare(b.source_file) || (a.pages[0] ?? 0) - (b.pages[0] ?? 0));
    },
    close() {
      references.close();
      indicators.close();
      unmatched.close();
    },
  };
}
