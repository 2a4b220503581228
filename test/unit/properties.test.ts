/**
 * Property tests: every parser that takes arbitrary text must never throw, and every span it
 * reports must point back into that text. Generators mix Vietnamese letters, digits and the
 * punctuation our regexes care about, so the search hits the interesting corners.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeChars, TextBuilder, fold } from '../../src/text/normalize.ts';
import { findReferences } from '../../src/extract/references.ts';
import { findQuantities, parseVietnameseNumber } from '../../src/extract/quantities.ts';
import { findDate } from '../../src/text/dates.ts';
import { repairSplitSyllables } from '../../src/text/pdf-spacing.ts';
import { extractMetadata } from '../../src/extract/metadata.ts';
import { newBlock } from '../../src/model.ts';

const PIECES = [
  'Quyết định', 'số', 'Số:', '749', '/QĐ-', 'TTg', 'ngày', '03/6/2020', 'tháng', 'năm', '2022', ' ', '  ', '\n', '/', '//', '-', '–',
  'NĐ-CP', 'KH-UBND', '01-NQ/TU', 'CTr', ',', '.', '%', '78,91', '2.471.745', '37/39', 'đạt', 'tỷ đồng', 'm2', 'hộ', '(', ')',
  'ĐẢNG', 'Ủy ban', '\u00AD', '\u200B', 'ế', 'e\u0302\u0301', '¹', '²', '0', '9', 'ước đạt', 'giai đoạn 2021 – 2025',
];
const vnText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 40 }).map((a) => a.join(''));
const RUNS = { numRuns: 400 };

describe('properties', () => {
  it('normalizeChars is idempotent and yields NFC', () => {
    fc.assert(fc.property(vnText, (s) => {
      const n = normalizeChars(s);
      expect(normalizeChars(n)).toBe(n);
      expect(n.normalize('NFC')).toBe(n);
    }), RUNS);
  });

  it('TextBuilder output has no double spaces and no leading/trailing space', () => {
    fc.assert(fc.property(fc.array(vnText, { maxLength: 8 }), (parts) => {
      const b = new TextBuilder();
      for (const p of parts) b.append(p);
      const s = b.toString();
      expect(s).not.toMatch(/\s{2}|^\s|\s$/);
    }), RUNS);
  });

  it('fold output is lowercase', () => {
    fc.assert(fc.property(vnText, (s) => {
      const f = fold(s);
      expect(f).toBe(f.toLowerCase());
    }), RUNS);
  });

  it('findReferences never throws and its spans point into the text', () => {
    fc.assert(fc.property(vnText, (raw) => {
      const text = normalizeChars(raw);
      for (const m of findReferences(text)) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.start).toBeLessThan(m.end);
        expect(m.key).not.toMatch(/\s|\/\//);
      }
    }), RUNS);
  });

  it('findQuantities never throws; values are finite (or flagged malformed) and spans point into the text', () => {
    fc.assert(fc.property(vnText, (raw) => {
      const text = normalizeChars(raw);
      for (const q of findQuantities(text)) {
        // Digits that break the grammar ("2.471.7459") are flagged malformed, never given a value.
        if (q.malformed) expect(q.value).toBeNaN();
        else expect(Number.isFinite(q.value)).toBe(true);
        expect(q.start).toBeGreaterThanOrEqual(0);
        expect(q.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(q.start, q.end)).toBe(q.raw);
      }
    }), RUNS);
  });

  it('parseVietnameseNumber round-trips integers written with dot thousands', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
      const written = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
      expect(parseVietnameseNumber(written)).toBe(n);
    }), RUNS);
  });

  it('findDate never throws and returns only valid ISO dates', () => {
    fc.assert(fc.property(vnText, (s) => {
      const d = findDate(s);
      if (d) expect(d.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }), RUNS);
  });

  it('repairSplitSyllables never changes the letters, only spaces', () => {
    fc.assert(fc.property(vnText, (raw) => {
      const s = normalizeChars(raw);
      expect(repairSplitSyllables(s).replace(/\s/g, '')).toBe(s.replace(/\s/g, ''));
    }), RUNS);
  });

  it('extractMetadata never throws on arbitrary header blocks', () => {
    fc.assert(fc.property(fc.array(vnText, { maxLength: 12 }), (texts) => {
      const meta = extractMetadata(texts.map((t) => newBlock('paragraph', normalizeChars(t), { page: 1 })));
      if (meta.issueDate) expect(meta.issueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }), RUNS);
  });
});
