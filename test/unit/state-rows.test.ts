/**
 * Rows walked from the state for the writers: in write order (documents by source file, rows in
 * their order), the same on every walk, a row failing its schema reported once and never
 * written, and each row as its checked copy was (schema keys in schema order, source_file set).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { failedRecords } from '../../src/records.js';
import { UnmatchedRecord } from '../../src/schemas.js';
import { StateStore } from '../../src/state/store.js';
import { checkedRows, stateRows, writeOrder } from '../../src/write/state-rows.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-state-rows-'));
const store = new StateStore(path.join(dir, 'state.sqlite'));
afterAll(() => store.close());

// Stored with its keys out of the schema's order and one key the schema does not know.
const row = (id: string, label: string, value: number) => ({ quote: `${label} ${value}`, value, label, document_id: id, source_file: 'stored.pdf', unit: '', page: 1, extra: 'x' });
const commit = (sha: string, rows: unknown[]) =>
  store.commit(sha, 'v', { ...failedRecords(sha, `${sha}.pdf`, 0, ''), indicators: [], references: [], unmatched: rows as UnmatchedRecord[] }, [{ path: `/${sha}.pdf`, size: 0, mtimeMs: 0 }]);

commit('b'.repeat(64), [row('b', 'một', 1), row('b', 'hai', 2)]);
commit('a'.repeat(64), [row('a', 'ba', 3), { ...row('a', 'bốn', 4), value: 'not a number' }, row('a', 'năm', 5)]);

describe('stateRows', () => {
  const order = writeOrder([
    { sha256: 'a'.repeat(64), source_file: 'z/a.pdf' },
    { sha256: 'b'.repeat(64), source_file: 'c/b.pdf' },
  ]);
  const warnings: string[] = [];
  const seen: Array<[string, boolean]> = [];
  const rows = stateRows<UnmatchedRecord>({ store, kind: 'unmatched', documents: order, schema: UnmatchedRecord, name: 'unmatched', warnings, onFirstWalk: (r, ok) => seen.push([r.label, ok]) });

  it('walks documents by source file, each document’s rows in order, leaving out the row that fails', () => {
    expect(order.map((d) => d.source_file)).toEqual(['c/b.pdf', 'z/a.pdf']);
    expect(rows.length).toBe(4);
    expect([...rows].map((r) => r.label)).toEqual(['một', 'hai', 'ba', 'năm']);
    expect([...rows]).toEqual([...rows]);
    expect(seen).toEqual([['một', true], ['hai', true], ['ba', true], ['bốn', false], ['năm', true]]);
  });

  it('reports the failing row once, by its row number', () => {
    [...rows];
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^unmatched row 3 failed its schema and was not written: value: /);
  });

  it('gives each row as its checked copy: schema keys in schema order, its document’s source_file', () => {
    const first = [...rows][0];
    expect(JSON.stringify(first)).toBe(JSON.stringify(UnmatchedRecord.parse({ ...row('b', 'một', 1), source_file: 'c/b.pdf' })));
    expect(Object.keys(first)).toEqual(Object.keys(UnmatchedRecord.shape));
  });

  it('gives a row stored in schema order as it is, and copies one stored in another order', () => {
    const inOrder = [...rows][1];
    expect(Object.keys(inOrder)).toEqual(Object.keys(UnmatchedRecord.shape));
    const { label, ...rest } = inOrder;
    const labelFirst = { label, ...rest };
    const walked = checkedRows({ walk: () => [{ ...inOrder }, labelFirst], schema: UnmatchedRecord, name: 'u', warnings: [] });
    const [a, b] = [...walked];
    expect(a).toEqual(inOrder);
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(labelFirst));
    expect(JSON.stringify(b)).toBe(JSON.stringify(UnmatchedRecord.parse(labelFirst)));
  });

  it('changes each row before it is checked and written, by its place in the walk', () => {
    const w: string[] = [];
    const changed = stateRows<UnmatchedRecord>({ store, kind: 'unmatched', documents: order, schema: UnmatchedRecord, name: 'unmatched', warnings: w, change: (r, i) => (i === 3 ? { ...r, value: 4 } : { ...r, label: `${i}:${r.label}` }) });
    expect(w).toEqual([]);
    expect([...changed].map((r) => [r.label, r.value])).toEqual([['0:một', 1], ['1:hai', 2], ['2:ba', 3], ['bốn', 4], ['4:năm', 5]]);
  });

  it('orders two source files that compare equal by content hash', () => {
    const nfc = 'Báo cáo.pdf'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(writeOrder([{ sha256: 'b', source_file: nfc }, { sha256: 'a', source_file: nfd }]).map((d) => d.sha256)).toEqual(['a', 'b']);
  });
});
