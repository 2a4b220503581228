/** `npm run refs -- find KEY`: any spelling of a key finds it; near misses get suggestions. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lookup, queryKey } from '../../src/refs/lookup.ts';
import { REPORTS, ROOT } from '../support/fixtures.ts';
import { runInto, Outputs } from '../support/run.ts';
import { DecisionRecord, ReferenceRecord } from '../../src/schemas.ts';
import { buildDecisions } from '../../src/resolve/decisions.ts';

let out: Outputs;
let decisions: DecisionRecord[];
let refs: ReferenceRecord[];
beforeAll(async () => {
  out = await runInto([REPORTS], 'vnx-lookup-');
  decisions = out.jsonl('decisions').map((d) => DecisionRecord.parse(d));
  refs = out.jsonl('references').map((r) => ReferenceRecord.parse(r));
});

describe('refs lookup', () => {
  it.each([
    ['749/QĐ-TTg', '749/QĐ-TTg'],
    ['749/QĐ- TTg', '749/QĐ-TTg'],
    ['749/qđ-ttg', '749/QĐ-TTg'],
    ['Quyết định số 749/QĐ-TTg ngày 03/6/2020', '749/QĐ-TTg'],
    ['5773//BTTTT-CĐSQG', '5773/BTTTT-CĐSQG'],
    ['553/Ctr-UBND', '553/CTr-UBND'],
    ['01-NQ/TU', '01-NQ/TU'],
  ])('reads %s as %s', (query, key) => {
    expect(queryKey(query)).toBe(key);
  });

  it('lists every citing report with page and context', () => {
    const l = lookup('749/QĐ-TTg', decisions, refs);
    expect(l.decision).toMatchObject({ type: 'Quyết định', issue_date: '2020-06-03', issuer: 'Thủ tướng Chính phủ' });
    expect(new Set(l.citations.map((c) => path.basename(c.source_file).replace(/\.\w+$/, ''))).size).toBe(4);
    const pdf = l.citations.find((c) => c.source_file.endsWith('2022-12-13-bc-346-chuyen-doi-so.pdf'))!;
    expect(pdf.pages).toContain(1);
    expect(pdf.context).toContain('749/QĐ-TTg');
    expect(pdf.relation).toBe('căn cứ');
  });

  it('shows the conflicting dates of 01-NQ/TU', () => {
    const l = lookup('01-NQ/TU', decisions, refs);
    expect(l.decision!.dates_seen).toEqual(['2022-08-22', '2023-08-22']);
    expect(l.decision!.conflicts.join('\n')).toMatch(/2023-08-22 \(2024-h1-bao-cao-nghi-quyet-dang-bo/);
  });

  it('finds every key and every decision id it prints, laws by name included', () => {
    for (const d of decisions) {
      expect(lookup(d.key, decisions, refs).decisions, d.key).toContainEqual(d);
      expect(lookup(d.decision_id, decisions, refs).decision, d.decision_id).toEqual(d);
    }
  });

  it('finds a law cited by name by the key the outputs print', () => {
    const law: ReferenceRecord = { ...refs[0], key: 'Luật Ngân sách nhà nước (25/06/2015)', type: 'Luật', number: '', year: null, symbol: '', issuer: 'Quốc hội', issue_date: '2015-06-25', scope: 'national', province: '', province_from: '', province_now: '' };
    const all = buildDecisions([...refs, law]);
    const l = lookup('Luật Ngân sách nhà nước (25/06/2015)', all, [...refs, law]);
    expect(l.decision?.key).toBe('Luật Ngân sách nhà nước (25/06/2015)');
    expect(l.citations).toEqual([law]);
  });

  it('--issuer narrows a key to the decisions of one issuer or province (marks optional)', () => {
    const local = decisions.find((d) => d.scope === 'local' && d.province)!;
    expect(lookup(local.key, decisions, refs, 'an giang').decisions.map((d) => d.decision_id)).toContain(local.decision_id);
    expect(lookup(local.key, decisions, refs, 'Lâm Đồng').decisions).toEqual([]);
  });

  it('suggests near keys when nothing matches', () => {
    const l = lookup('1552/BTTTT-THX', decisions, refs);
    expect(l.decision).toBeUndefined();
    expect(l.suggestions).toEqual(expect.arrayContaining(['1552/BTTTT-THH', '1552/BTTTT-TTH']));
  });

  it('CLI: exit 0 and a readable report when cited, 1 when not, 2 on usage errors', () => {
    const run = (...args: string[]) => {
      try {
        return { code: 0, stdout: execFileSync(process.execPath, ['--import', 'tsx', 'src/refs-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
      } catch (e) {
        const err = e as { status: number; stdout: string };
        return { code: err.status, stdout: err.stdout };
      }
    };
    const found = run('find', '749/QĐ- TTg', '--out', out.dir);
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/^749\/QĐ-TTg — Quyết định ngày 2020-06-03, Thủ tướng Chính phủ/);
    expect(found.stdout).toMatch(/2022-12-13-bc-346-chuyen-doi-so\.pdf \(p\. 1/);
    expect(run('find', '9999/QĐ-TTg', '--out', out.dir).code).toBe(1);
    expect(run('lookup', '749/QĐ-TTg', '--out', out.dir).code).toBe(2);
    expect(run('find', '749/QĐ-TTg', '--out', path.join(out.dir, 'missing')).code).toBe(2);
  });
});
