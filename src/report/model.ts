/**
 * The joins the pages need, computed once: where each statement is anchored on its document's
 * page, which reference rows are a decision's citations, which statements make a series' points.
 */
import { createHash } from 'node:crypto';
import { compareKeyOf } from '../extract/references.js';
import { byPeriodEnd } from '../resolve/series.js';
import type { DecisionRecord, DocumentRecord, IndicatorRecord, ReferenceRecord, UnmatchedRecord } from '../schemas.js';
import type { ReportInput } from './load.js';

export interface ReportModel extends ReportInput {
  documentById: Map<string, DocumentRecord>;
  indicatorsByDoc: Map<string, IndicatorRecord[]>;
  referencesByDoc: Map<string, ReferenceRecord[]>;
  unmatchedByDoc: Map<string, UnmatchedRecord[]>;
  indicatorsBySeries: Map<string, IndicatorRecord[]>;
  /** The anchor of each statement on its document's page ("i3": the document's fourth statement). */
  anchorOf: Map<IndicatorRecord, string>;
  seriesFileOf: Map<string, string>;
  citationsOf(d: DecisionRecord): ReferenceRecord[];
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

export function buildModel(input: ReportInput): ReportModel {
  const group = <T, K>(rows: T[], key: (r: T) => K) => {
    const m = new Map<K, T[]>();
    for (const r of rows) {
      const k = key(r);
      const list = m.get(k);
      if (list) list.push(r);
      else m.set(k, [r]);
    }
    return m;
  };
  const indicatorsByDoc = group(input.indicators, (r) => r.document_id);
  const anchorOf = new Map<IndicatorRecord, string>();
  for (const rows of indicatorsByDoc.values()) rows.forEach((r, i) => anchorOf.set(r, `i${i}`));
  const referencesByDoc = group(input.references, (r) => r.document_id);
  // Citations of a decision: its document's reference rows whose key compares equal to one of its spellings.
  const refsByKey = group(input.references, (r) => compareKeyOf(r.key));
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
    indicatorsByDoc,
    referencesByDoc,
    unmatchedByDoc: group(input.unmatched, (r) => r.document_id),
    indicatorsBySeries: group(input.indicators, (r) => r.series_id),
    anchorOf,
    seriesFileOf,
    citationsOf(d) {
      const citing = new Set(d.cited_by.map((c) => c.document_id));
      const keys = new Set([d.key, ...d.variants].map(compareKeyOf));
      const out: ReferenceRecord[] = [];
      for (const k of keys) for (const r of refsByKey.get(k) ?? []) if (citing.has(r.document_id)) out.push(r);
      return out.sort((a, b) => a.source_file.localeCompare(b.source_file) || (a.pages[0] ?? 0) - (b.pages[0] ?? 0));
    },
  };
}

