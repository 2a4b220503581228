/**
 * Indicators measured against the hand-written golden file, per format: actuals extracted with
 * the exact value and kind, no value that is not in the golden file, no target written as an
 * actual, and the three series analysts asked for read correctly in timeseries.csv.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTS, ROOT, STEMS } from './support/fixtures.js';
import { runInto, Outputs } from './support/run.js';
import { byPeriodEnd, timeseriesRole } from '../src/resolve/series.js';
import { GRANULARITIES, periodRange } from '../src/resolve/series-points.js';

interface Gold {
  series_id: string;
  period: string;
  kind: 'actual' | 'estimate' | 'target';
  value: number;
  numerator?: number;
  denominator?: number;
}
const golden: Record<string, Gold[]> = JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures', 'golden', 'indicators.json'), 'utf8')).documents;

let out: Outputs;
beforeAll(async () => {
  out = await runInto([REPORTS], 'vnx-ind-');
});

const slot = (r: { series_id?: unknown; period?: unknown; kind?: unknown }) => `${String(r.series_id)}|${String(r.period)}|${String(r.kind)}`;
const same = (g: Gold, r: Record<string, unknown>) =>
  Math.abs(Number(r.value) - g.value) < 1e-9 &&
  (g.numerator === undefined || r.numerator === g.numerator) &&
  (g.denominator === undefined || r.denominator === g.denominator);

/** The catalog's rows of one file (the golden file lists catalog indicators; open-world statements have their own key). */
function rowsOf(format: string, stem: string): Record<string, unknown>[] {
  return out.jsonl('indicators').filter((r) => path.basename(String(r.source_file)) === `${stem}.${format}` && r.catalog === true);
}

describe.each(['pdf', 'docx'] as const)('indicators in %s files vs fixtures/golden/indicators.json', (format) => {
  it('≥ 95% of stated actuals extracted with the exact value and kind; zero wrong values; no target as actual', () => {
    let actuals = 0;
    let found = 0;
    const missed: string[] = [];
    const wrong: string[] = [];
    const targetsAsActual: string[] = [];
    for (const stem of STEMS) {
      const gold = golden[stem];
      const rows = rowsOf(format, stem);
      for (const g of gold.filter((x) => x.kind === 'actual')) {
        actuals++;
        if (rows.some((r) => slot(r) === slot(g) && same(g, r))) found++;
        else missed.push(`${stem} ${slot(g)}=${g.value}`);
      }
      for (const r of rows) {
        const g = gold.find((x) => slot(x) === slot(r));
        if (!g || !same(g, r)) wrong.push(`${stem} ${slot(r)}=${String(r.value)} «${String(r.quote).slice(0, 80)}»`);
        const target = gold.find((x) => x.kind === 'target' && x.series_id === r.series_id && x.period === r.period);
        if (r.kind === 'actual' && (target || /phấn đấu|mục tiêu/iu.test(String(r.label)))) targetsAsActual.push(`${stem} ${slot(r)}`);
      }
    }
    console.log(JSON.stringify({ format, actuals, found, recall: found / actuals, wrong: wrong.length, targetsAsActual: targetsAsActual.length }));
    expect(found / actuals, `missed: ${missed.join('; ')}`).toBeGreaterThanOrEqual(0.95);
    expect(wrong).toEqual([]);
    expect(targetsAsActual).toEqual([]);
  });

  it('estimates and targets keep their kind', () => {
    for (const stem of STEMS) {
      const rows = rowsOf(format, stem);
      for (const g of golden[stem].filter((x) => x.kind !== 'actual')) {
        expect(rows.find((r) => slot(r) === slot(g) && same(g, r)), `${stem} ${slot(g)}`).toBeDefined();
      }
    }
  });
});

describe('timeseries.csv', () => {
  const cell = (id: string, period: string) => {
    const row = out.csv('timeseries').find((r) => r.series_id === id && r.entity === '')!;
    return { value: row[period], kind: row[`${period} kind`], sources: row[`${period} sources`] };
  };

  it('public_services_total across the reports', () => {
    expect(cell('public_services_total', '2022').value).toBe('2088');
    expect(cell('public_services_total', '2023').value).toBe('2119');
    expect(cell('public_services_total', '2024-H1').value).toBe('2016');
    expect(cell('public_services_total', '2024').value).toBe('2206');
    expect(cell('public_services_total', '2024').sources).toBe(
      'fixtures/reports/2025-ke-hoach-phat-trien-nganh.docx; fixtures/reports/2025-ke-hoach-phat-trien-nganh.pdf p.4',
    );
    expect(cell('public_services_total', '2024').kind).toBe('actual');
  });

  it('on_time_resolution_pct across the reports', () => {
    expect(['2022', '2023', '2024-H1', '2024', '2025-01'].map((p) => cell('on_time_resolution_pct', p).value)).toEqual(['99', '98.9', '98.9', '97.6', '86.4']);
  });

  it('mobile_subscribers across the reports', () => {
    expect(cell('mobile_subscribers', '2022').value).toBe('2471745');
    expect(cell('mobile_subscribers', '2025-01').value).toBe('2164505');
    const row = out.csv('timeseries').find((r) => r.series_id === 'mobile_subscribers')!;
    expect(row.unit).toBe('thuê bao');
  });

  it('periods run in time order within each granularity and targets stay out', () => {
    // Read the header line itself: object keys put integer-like names ("2024") first.
    const line = fs.readFileSync(path.join(out.dir, 'timeseries.csv'), 'utf8').replace(/^\uFEFF/, '').split('\n')[0];
    const header = line.split(',').filter((h) => /^\d{4}/.test(h) && !h.endsWith(' sources') && !h.endsWith(' kind'));
    const groups = header.map((p) => periodRange(p)!.granularity);
    // Years first, then halves, quarters, months, runs: each granularity one block, in time order.
    expect(groups).toEqual([...groups].sort((a, b) => GRANULARITIES.indexOf(a) - GRANULARITIES.indexOf(b)));
    for (const g of new Set(groups)) {
      const mine = header.filter((_, i) => groups[i] === g);
      expect([...mine].sort(byPeriodEnd), g).toEqual(mine);
    }
    // The catalog series fill these periods, in this order; targets (the 2025 plan's) stay out.
    const curated = out.csv('timeseries').filter((r) => r.curated === 'true');
    const filled = header.filter((p) => curated.some((r) => r[p] !== ''));
    expect(filled).toEqual(['2020', '2021', '2022', '2023', '2024', '2024-H1', '2025-01']);
  });

  it('value cells are numbers or empty: a spreadsheet or pandas reads them as numbers', () => {
    const line = fs.readFileSync(path.join(out.dir, 'timeseries.csv'), 'utf8').replace(/^\uFEFF/, '').split('\n')[0];
    const values = line.split(',').filter((h) => timeseriesRole(h) === 'value');
    for (const r of out.csv('timeseries')) for (const p of values) expect(r[p] === '' || Number.isFinite(Number(r[p])), `${r.series_id} ${p}: ${r[p]}`).toBe(true);
  });
});
