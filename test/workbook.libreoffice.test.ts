/**
 * workbook.xlsx opened by a real spreadsheet program: LibreOffice Calc (Debian's
 * libreoffice-calc-nogui, installed by .ci/run) converts every sheet back to CSV, and each cell
 * must equal the pipeline's own CSV. exceljs reading its own file back (workbook.test.ts) cannot
 * catch what another reader decodes differently: this test found series ids like
 * `x_cap_xa_xu_ly` turned into a line break by LibreOffice's `_xHHHH_` decoding.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTS } from './support/fixtures.js';
import { runInto, type Outputs } from './support/run.js';

const SHEETS = ['documents', 'references', 'decisions', 'indicators', 'unmatched', 'series', 'series_points', 'timeseries', 'timeseries_conflicts'];
// LibreOffice's CSV export filter: comma, double quote, UTF-8, from line 1, …, all sheets (-1),
// each to <name>-<sheet>.csv; cell values as stored, not as formatted.
const ALL_SHEETS_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

let out: Outputs;
let converted: string;

beforeAll(async () => {
  out = await runInto([REPORTS], 'vnx-workbook-lo-');
  converted = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-lo-'));
  const r = spawnSync(
    'soffice',
    ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(converted, 'profile')}`, '--convert-to', ALL_SHEETS_CSV, '--outdir', converted, path.join(out.dir, 'workbook.xlsx')],
    { encoding: 'utf8', timeout: 240_000 },
  );
  if (r.error || !fs.existsSync(path.join(converted, 'workbook-documents.csv'))) {
    throw new Error(`LibreOffice Calc could not convert the workbook (apt-get install libreoffice-calc-nogui): ${r.error?.message ?? r.stderr}`);
  }
}, 400_000);

/** A cell as LibreOffice writes it back, in the pipeline CSV's terms. */
function same(ours: string, calc: string): boolean {
  if (ours === calc) return true;
  if ((ours === 'true' || ours === 'false') && calc === ours.toUpperCase()) return true; // booleans typed
  const a = Number(ours);
  const b = Number(calc);
  // numbers typed: 1.50 in our CSV is 1.5 in Calc's
  return ours.trim() !== '' && calc.trim() !== '' && Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

describe('workbook.xlsx in LibreOffice Calc', () => {
  it.each(SHEETS)('sheet %s: every cell equals the CSV', (sheet) => {
    const ours = parse(fs.readFileSync(path.join(out.dir, `${sheet}.csv`), 'utf8'), { bom: true, relax_column_count: true }) as string[][];
    const calc = parse(fs.readFileSync(path.join(converted, `workbook-${sheet}.csv`), 'utf8'), { bom: true, relax_column_count: true }) as string[][];
    expect(calc.length).toBe(ours.length);
    const differing: string[] = [];
    ours.forEach((row, i) =>
      row.forEach((cell, j) => {
        const got = calc[i]?.[j] ?? '';
        if (!same(cell, got)) differing.push(`row ${i + 1} ${ours[0][j]}: ${JSON.stringify(cell)} → ${JSON.stringify(got)}`);
      }),
    );
    expect(differing.slice(0, 10)).toEqual([]);
    if (sheet === 'documents') expect(ours.length).toBeGreaterThan(5);
  });
});
