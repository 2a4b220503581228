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

/** Rows as stored, unchecked, in write order, each with its document's source_file: one document's rows held at a time. */
export function* storedRows<T extends object>(store: StateStore, kind: RowKind, documents: WrittenDocument[]): Generator<T> {
  for (const d of documents) for (const record of store.rowsOf(d.sha256, kind)) yield { ...record, source_file: d.source_file } as T;
}

/** Whether a row has exactly these keys, in this order. */
function sameKeys(keys: readonly string[], row: object): boolean {
  let i = 0;
  for (const k in row) if (k !== keys[i++]) return false;
  return i === keys.length;
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
  /** What the corpus-wide steps change in a row as stored (a merged series id, a warning), before it is checked; `index` is its place in the walk. */
  change?: (row: T, index: number) => T;
  /** Hears every row on the first walk, checked or not, with whether it passed. */
  onFirstWalk?: (row: T, passed: boolean) => void;
}

/** The rows that pass their schema, re-walkable, with their number known before the first file is written. */
export function stateRows<T extends object>(o: StateRowsOptions<T>): Rows<T> {
  const walk = function* (): Generator<T> {
    let index = 0;
    for (const row of storedRows<T>(o.store, o.kind, o.documents)) yield o.change ? o.change(row, index++) : row;
  };
  return checkedRows({ walk, schema: o.schema, name: o.name, warnings: o.warnings, onFirstWalk: o.onFirstWalk });
}

export interface CheckedRowsOptions<T> {
  /** The rows, made again on every call, in the same order. */
  walk: () => Iterable<T>;
  schema: z.ZodObject;
  name: string;
  warnings: string[];
  onFirstWalk?: (row: T, passed: boolean) => void;
}

/**
 * Rows made again on every walk (from the state, or from other such rows), checked against their
 * schema on the first: the ones that pass, re-walkable, each as its checked copy.
 */
export function checkedRows<T extends object>(o: CheckedRowsOptions<T>): Rows<T> {
  const keys = Object.keys(o.schema.shape);
  const failed = new Set<number>();
  // Rows whose keys are not the schema's, in its order: only they need a copy to be their checked
  // copy (rows stored by the workers are mostly written in schema order already).
  const reordered = new Set<number>();
  let total = 0;
  for (const row of o.walk()) {
    const r = o.schema.safeParse(row);
    if (!r.success) {
      failed.add(total);
      o.warnings.push(`${o.name} row ${total} failed its schema and was not written: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    } else if (!sameKeys(keys, row)) reordered.add(total);
    o.onFirstWalk?.(row, r.success);
    total++;
  }
  return {
    length: total - failed.size,
    *[Symbol.iterator]() {
      let index = 0;
      for (const row of o.walk()) {
        const i = index++;
        if (failed.has(i)) continue;
        yield reordered.has(i) ? (inSchemaOrder(keys, row as Record<string, unknown>) as T) : row;
      }
    },
  };
}
