/**
 * `npm run refs -- find KEY`: any spelling of a key finds it; near misses get suggestions.
 * `npm run refs -- list`: the decisions of the fixtures' run, filtered as an archivist browses.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatLookup, lookup, queryKey } from '../../src/refs/lookup.ts';
import { REPORTS, ROOT } from '../support/fixtures.ts';
import { runInto, Outputs } from '../support/run.ts';
import { DecisionRecord, ReferenceRecord } from '../../src/schemas.ts';
import { buildDecisions } from '../../src/resolve/decisions.ts';
import { listDecisions, yearOfDecision, type ListFilter } from '../../src/refs/list.ts';
import { fold } from '../../src/text/normalize.ts';

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

/** The CLI from source: exit code, stdout and stderr, never a throw. */
function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'src/refs-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('refs list', () => {
  const ids = (filter: ListFilter) => listDecisions(decisions, filter).map((d) => d.decision_id);
  const bc346 = () => out.jsonl('documents').find((d) => String(d.source_file).endsWith('2022-12-13-bc-346-chuyen-doi-so.pdf'))!;

  it.each<[string, ListFilter, string[], string[]]>([
    // [case, filter, must list, must not list]
    ['a type, marks optional, and a province', { type: 'quyet dinh', issuer: 'an giang' }, ['1336/QĐ-UBND · An Giang', '1066/QĐ-UBND · An Giang'], ['749/QĐ-TTg', '1033/KH-UBND · An Giang']],
    ["the Prime Minister's directives of 2023", { type: 'Chỉ thị', issuer: 'Thủ tướng', year: 2023 }, ['07/CT-TTg'], ['09/CT-TTg', '23/CT-TTg', '02/CT-UBND · An Giang']],
    ['a type is matched whole: Kế hoạch is not Kế hoạch phối hợp', { type: 'Kế hoạch' }, ['1033/KH-UBND · An Giang', '75-KH/TU · An Giang'], ['43/KHPH-TCTĐA06/CPTWTCTĐA06/CPAG']],
    ['Party documents by their issuer', { type: 'nghi quyet', issuer: 'Bộ Chính trị' }, ['57-NQ/TW'], ['18-NQ/TW', '50/NQ-CP']],
    ['the year in the number wins over the date (22/2024/QĐ-UBND, dated 2022 in the report)', { year: 2024 }, ['22/2024/QĐ-UBND · An Giang', '82/2024/NĐ-CP'], ['749/QĐ-TTg']],
    ['…so it is not a decision of 2022', { year: 2022 }, ['06/QĐ-TTg', '50/NQ-CP'], ['22/2024/QĐ-UBND · An Giang']],
    // bc-346 writes "Đề án 06" only; the 2023 report cites 06/QĐ-TTg in full: linked across documents.
    ['a citing report by part of its file name, short forms linked to it included', { citedBy: 'BC-346-chuyen' }, ['749/QĐ-TTg', '06/QĐ-TTg'], ['57-NQ/TW']],
  ])('%s', (_case, filter, listed, notListed) => {
    const got = ids(filter);
    expect(got).toEqual(expect.arrayContaining(listed));
    for (const id of notListed) expect(got).not.toContain(id);
    // Every row listed passes every filter given.
    for (const d of listDecisions(decisions, filter)) {
      if (filter.type) expect([d.type, ...d.types_seen].map(fold)).toContain(fold(filter.type));
      if (filter.issuer) expect(fold(`${d.issuer} ${d.province}`)).toContain(fold(filter.issuer));
      if (filter.year) expect(yearOfDecision(d)).toBe(filter.year);
    }
  });

  it('a document id finds what that one file cites, not its twin in the other format', () => {
    const doc = bc346();
    const got = listDecisions(decisions, { citedBy: String(doc.document_id) });
    expect(got.length).toBeGreaterThan(3);
    for (const d of got) expect([...d.cited_by, ...d.short_forms].map((c) => c.document_id)).toContain(doc.document_id);
    expect(got.map((d) => d.decision_id)).toEqual(ids({ citedBy: '2022-12-13-bc-346-chuyen-doi-so.pdf' }));
  });

  it('no filter lists every decision, in a stable order: type, then key with numbers by value', () => {
    const all = listDecisions(decisions);
    expect(all).toHaveLength(decisions.length);
    expect(listDecisions([...decisions].reverse())).toEqual(all);
    const plans = all.filter((d) => d.type === 'Kế hoạch').map((d) => d.key);
    expect(plans.indexOf('109/KH-UBND')).toBeLessThan(plans.indexOf('1033/KH-UBND'));
  });

  it.each<[string, string[], number, RegExp]>([
    // [case, arguments, exit code, what stdout (0, 1) or the one line of stderr (2) says]
    ['a table with a count', ['list', '--type', 'chi thi', '--issuer', 'thu tuong'], 0, /^decision +type +date.*\n07\/CT-TTg +Chỉ thị +2023-03-21 +Thủ tướng Chính phủ[\s\S]*\n3 decision\(s\)\n$/],
    ['CSV with the columns of decisions.csv', ['list', '--year', '2020', '--format', 'csv'], 0, /^decision_id,key,type,number,year,symbol,scope,[\s\S]*\n749\/QĐ-TTg,749\/QĐ-TTg,Quyết định,749,/],
    ['nothing matches: exit 1', ['list', '--issuer', 'Hà Giang'], 1, /^decision +type[\s\S]*0 decision\(s\)\n$/],
    ['a mistyped verb', ['lsit'], 2, /^error: unknown command "lsit": did you mean list\? \(find KEY or list\)\n$/],
    ['a mistyped format', ['list', '--format', 'tabel'], 2, /^error: --format tabel: not a format: did you mean table\? \(table, csv or json\)\n$/],
    ['a mistyped type', ['list', '--type', 'Quyet dihn'], 2, /^error: --type Quyet dihn: no such document type: did you mean Quyết định\?\n$/],
    ['a year of two digits', ['list', '--year', '25'], 2, /^error: --year 25: a year has four digits \(--year 2025\)\n$/],
    ['a mistyped option', ['list', '--cited', 'x'], 2, /^error: unknown option --cited: did you mean --cited-by\?/],
    ['a list filter given to find', ['find', '749/QĐ-TTg', '--year', '2020'], 2, /^error: --year is an option of refs list, not of refs find\n$/],
    ['a KEY given to list', ['list', '749/QĐ-TTg'], 2, /^error: refs list takes no KEY/],
  ])('CLI: %s', (_case, args, code, said) => {
    const r = cli(...args, '--out', out.dir);
    expect(r.code).toBe(code);
    expect(code === 2 ? r.stderr : r.stdout).toMatch(said);
    if (code === 2) expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refs find shows the reports that name a decision only by a short form linked across documents', () => {
    const text = formatLookup(lookup('06/QĐ-TTg', decisions, refs));
    expect(text).toMatch(/named by type and number only, linked across documents: .*2022-12-13-bc-346-chuyen-doi-so\.docx \(Đề án 06\)/);
  });

  it('CLI: --format json is the decisions as listed, each a valid record', () => {
    const r = cli('list', '--cited-by', 'bc-346', '--format', 'json', '--out', out.dir);
    expect(r.code).toBe(0);
    const rows = (JSON.parse(r.stdout) as unknown[]).map((d) => DecisionRecord.parse(d));
    expect(rows.map((d) => d.decision_id)).toEqual(ids({ citedBy: 'bc-346' }));
  });
});
