/**
 * Reader golden tests: what each reader gets out of the real PDF and DOCX fixtures, compared
 * with the Markdown the documents were built from.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MD, STEMS, readFixture } from './support/fixtures.js';
import { parseMarkdown, wordAgreement, words } from './support/markdown.js';
import type { Block } from '../src/model.js';

const bodyText = (blocks: Block[]) => blocks.filter((b) => b.kind !== 'footnote').map((b) => b.text.replace(/ \| |\n/g, ' '));

describe.each(STEMS)('%s', (stem) => {
  const md = parseMarkdown(fs.readFileSync(path.join(MD, `${stem}.md`), 'utf8'));
  const expected = words(md.paragraphs.join(' '));

  describe.each(['pdf', 'docx'] as const)('%s reader', (format) => {
    it('body text agrees word for word with the source on ≥ 99% of words', async () => {
      const r = await readFixture(stem, format);
      const agreement = wordAgreement(expected, words(bodyText(r.blocks).join(' ')));
      expect(agreement).toBeGreaterThanOrEqual(0.99);
    });

    it('recovers every footnote with its full text, linked to its marker', async () => {
      const r = await readFixture(stem, format);
      const notes = r.blocks.filter((b) => b.kind === 'footnote');
      const linked = new Set(r.blocks.flatMap((b) => b.footnoteRefs.map((f) => f.label)));
      expect(md.footnotes.size).toBeGreaterThan(0);
      for (const [label, text] of md.footnotes) {
        expect(notes.find((n) => n.label === label)?.text, `footnote ${label}`).toBe(text);
        expect(linked.has(label), `marker ${label} linked`).toBe(true);
      }
      expect(notes).toHaveLength(md.footnotes.size);
      // Markers sit in the body in the same order as in the source.
      const order = r.blocks.filter((b) => b.kind !== 'footnote').flatMap((b) => b.footnoteRefs.map((f) => f.label));
      expect(order).toEqual(md.markers);
    });

    it('keeps paragraphs whole (page breaks do not cut them)', async () => {
      const r = await readFixture(stem, format);
      const blocks = bodyText(r.blocks);
      const whole = md.bodyParagraphs.filter((p) => blocks.some((b) => b.includes(p)));
      // Tolerance: a line-initial "…" after a comma is joined with a space (one known case).
      expect(whole.length / md.bodyParagraphs.length).toBeGreaterThanOrEqual(0.99);
      if (format === 'pdf') {
        // Paragraphs that run over a page break come out as one block equal to the source paragraph.
        const crosses = (b: (typeof r.blocks)[number]) => b.pageEnd !== undefined && b.pageEnd !== b.page;
        const crossing = r.blocks.filter((b) => (b.kind === 'paragraph' || b.kind === 'heading') && crosses(b));
        expect(crossing.length).toBeGreaterThan(0);
        const matched = crossing.filter((b) => md.bodyParagraphs.some((p) => b.text.includes(p)));
        expect(matched.length / crossing.length).toBeGreaterThanOrEqual(0.9);
        // A ruled table running over a page break is one table whose every cell is a cell of the source.
        const body = new Set(md.bodyParagraphs);
        const sourceCells = new Set(md.paragraphs.filter((p) => !body.has(p)));
        for (const t of r.blocks.filter((b) => b.kind === 'table' && crosses(b))) {
          const cells = (t.rows ?? []).flat().map((c) => c.text).filter(Boolean);
          expect(cells.length).toBeGreaterThan(0);
          expect(cells.filter((c) => !sourceCells.has(c))).toEqual([]);
        }
      }
    });

    if (format === 'pdf') {
      it('knows the page of every block and drops page numbers', async () => {
        const r = await readFixture(stem, format);
        expect(r.blocks.every((b) => typeof b.page === 'number' && b.page >= 1 && b.page <= (r.pages ?? 0))).toBe(true);
        expect(r.blocks.filter((b) => b.text === String(b.page))).toEqual([]);
      });
    }
  });
});
