/** The corpus index flags what an archivist must check, without silently fixing it. */
import { describe, expect, it } from 'vitest';
import { buildDecisions } from '../../src/resolve/decisions.ts';
import type { ReferenceRecord } from '../../src/schemas.ts';

function ref(doc: string, key: string, over: Partial<ReferenceRecord> = {}): ReferenceRecord {
  const [number, ...rest] = key.split(/[/-]/);
  return {
    document_id: doc, source_file: `in/${doc}.pdf`, key, type: 'Công văn', number, year: null, symbol: rest.join('-'), issuer: '',
    issue_date: '', subject: '', relation: '', mentions: 1, in_footnote: false, pages: [1], context: '', ocr_confidence: null, warnings: [], ...over,
  };
}

describe('buildDecisions', () => {
  it('one row per key across documents, spelling variants merged', () => {
    const rows = buildDecisions([ref('a', '553/CTr-UBND'), ref('b', '553/CTR-UBND'), ref('c', '0553/CTr-UBND')]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: '553/CTr-UBND', citations: 3, mentions: 3 });
  });

  it('one key cited with two dates: both kept, conflict flagged with who wrote which', () => {
    const rows = buildDecisions([
      ref('a', '01-NQ/TU', { issue_date: '2022-08-22' }),
      ref('b', '01-NQ/TU', { issue_date: '2022-08-22' }),
      ref('c', '01-NQ/TU', { issue_date: '2023-08-22' }),
    ]);
    expect(rows[0].issue_date).toBe('2022-08-22');
    expect(rows[0].dates_seen).toEqual(['2022-08-22', '2023-08-22']);
    expect(rows[0].warnings[0]).toBe('cited with 2 different dates: 2022-08-22 (a.pdf, b.pdf); 2023-08-22 (c.pdf)');
  });

  it('near-identical keys with the same date are flagged on both rows', () => {
    const rows = buildDecisions([ref('a', '1552/BTTTT-THH', { issue_date: '2022-04-26' }), ref('b', '1552/BTTTT-TTH', { issue_date: '2022-04-26' })]);
    expect(rows.map((r) => r.warnings)).toEqual([
      ['near-identical key 1552/BTTTT-TTH (same date 2022-04-26): possibly the same document mistyped'],
      ['near-identical key 1552/BTTTT-THH (same date 2022-04-26): possibly the same document mistyped'],
    ]);
  });

  it('same number, different issuers and dates are different documents', () => {
    const rows = buildDecisions([ref('a', '88/QĐ-BCĐ', { issue_date: '2023-06-29' }), ref('b', '88/QĐ-BCĐCĐS', { issue_date: '2022-06-09' })]);
    expect(rows.flatMap((r) => r.warnings)).toEqual([]);
  });

  it('reference warnings (year vs date, type word vs code) travel into the index', () => {
    const rows = buildDecisions([ref('a', '22/2024/QĐ-UBND', { year: 2024, issue_date: '2022-07-11', warnings: ['year 2024 in the number contradicts the date 2022-07-11'] })]);
    expect(rows[0].warnings).toEqual(['year 2024 in the number contradicts the date 2022-07-11']);
  });
});
