/**
 * The report's JSON Lines reader: every line with its byte range, whatever the chunk size (lines
 * cut between chunks, lines longer than a chunk, multi-byte characters at a cut), and lines read
 * back by those ranges, one by one or a run of neighbours at once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachLine, LineReader } from '../../src/report/lines.js';

const write = (text: string) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-lines-')), 'rows.jsonl');
  fs.writeFileSync(file, text);
  return file;
};

const collect = (file: string, chunk?: number) => {
  const out: Array<{ line: string; index: number; start: number; end: number }> = [];
  forEachLine(file, (line, index, start, end) => out.push({ line, index, start, end }), chunk);
  return out;
};

const TEXTS = ['', '\n', 'a', 'a\n', '{"x":"Sở Thông tin"}\n{"y":"đồng bằng sông Cửu Long"}\n\n{"z":1}', 'x'.repeat(50) + '\nđ\n' + 'ư'.repeat(40) + '\n'];

describe('forEachLine', () => {
  it.each(TEXTS.map((t) => [JSON.stringify(t).slice(0, 40), t]))('gives the lines of split("\\n") with their byte ranges: %s', (_, text) => {
    const file = write(text);
    const bytes = fs.readFileSync(file);
    for (const chunk of [1, 2, 3, 7, 1 << 20]) {
      const got = collect(file, chunk);
      expect(got.map((g) => g.line), `chunk ${chunk}`).toEqual(text.split('\n'));
      expect(got.map((g) => g.index)).toEqual(got.map((_, i) => i));
      for (const g of got) expect(bytes.subarray(g.start, g.end).toString('utf8')).toBe(g.line);
    }
  });
});

describe('LineReader', () => {
  it('reads lines back by their ranges, neighbours in one read, in the order asked', () => {
    const text = '{"a":1}\n{"b":"Quyết định"}\n{"c":3}\n{"d":"ư"}\n';
    const file = write(text);
    const spans = collect(file).flatMap((g) => [g.start, g.end]);
    const reader = new LineReader(file);
    try {
      expect(reader.lines(spans.slice(0, 8))).toEqual(text.split('\n').slice(0, 4));
      expect(reader.lines([...spans.slice(6, 8), ...spans.slice(0, 2), ...spans.slice(2, 6)])).toEqual(['{"d":"ư"}', '{"a":1}', '{"b":"Quyết định"}', '{"c":3}']);
      expect(reader.lines([])).toEqual([]);
    } finally {
      reader.close();
    }
  });
});
