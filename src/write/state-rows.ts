/**
 * Rows of one kind read from the state in the outputs' order — documents by source file, each
 * document's rows in the order it was read — made again each time they are walked, never all
 * held. Every output file, the workbook and the index walk them in turn: the references of 1,000
 * documents are 25 MB of JSON, held as objects (and their checked copies) for the whole write.
 *
 * Each row is checked against its schema once, on the first walk: a row that fails is reported
 * (by its row number, as validating the whole list reported it) and left out of every later walk.
 * Later walks give each row as its checked copy was: its schema's keys, in the schema's order.
 */
import type { z } from 'zod';
import type { RowKind, StateStore } from '../state/store.js';
import type { Rows } from './outputs.js';

/** A document whose rows are written: its content hash and the source_file its rows carry. */
export interface WrittenDocument {
  sha256: string;
  source_file: string;
}

/**
 * The order rows are written in: by source_file, and for two that compare equal (one path
 * spelled in two Unicode forms) by content hash, as a stable sort of rows read in hash order gave.
 */
export function writeOrder(documents: WrittenDocument[]): WrittenDocument[] {
  return [...documents].sort((a, b) => a.source_file.localeCompare(b.source_file) || (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0));
}

/**
 * The checked copy of a row that passed its schema, without checking it again: the schema's keys
 * that the row has, in the schema's order (the row schemas read this way have no defaults and no
 * transforms: what passes comes out as it went in, keys unknown to the schema dropped).
 */
export function inSchemaOrder(keys: readonly string[], row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (Object.hasOwn(row, k)) out[k] = row[k];
  return out;
}

export interface StateRowsOptions<T> {
  store: StateStore;
  kind: RowKind;
  /** In write order (writeOrder). */
  documents: WrittenDocument[];
  schema: z.ZodObject;
  /** The output's name, for the warning of a row that fails its schema. */
  name: string;
  warnings: string[];
  /** Hears every row on the first walk, checked or not, with whether it passed. */
  onFirstWalk?: (row: T, passed: boolean) => void;
}

/** The rows that pass their schema, re-walkable, with their number known before the first file is written. */
export function stateRows<T extends object>(o: StateRowsOptions<T>): Rows<T> {
  const keys = Object.keys(o.schema.shape);
  const failed = new Set<number>();
  const walk = function* (): Generator<{ row: T; index: number }> {
    let index = 0;
    for (const d of o.documents) {
      for (const record of o.store.rowsOf(d.sha256, o.kind)) yield { row: { ...record, source_file: d.source_file } as T, index: index++ };
    }
  };
  let total = 0;
  for (const { row, index } of walk()) {
    const r = o.schema.safeParse(row);
    if (!r.success) {
      failed.add(index);
      o.warnings.push(`${o.name} row ${index} failed its schema and was not written: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    }
    o.onFirstWalk?.(row, r.success);
    total++;
  }
  return {
    length: total - failed.size,
    *[Symbol.iterator]() {
      for (const { row, index } of walk()) if (!failed.has(index)) yield inSchemaOrder(keys, row as Record<string, unknown>) as T;
    },
  };
}
