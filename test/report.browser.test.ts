/**
 * The static report in a real browser: the system Chromium (Debian's `chromium`) driven by
 * playwright-core, opening the report from file:// after a pipeline run on the bundled reports.
 * Fails, never skips, when Chromium is missing. Screenshots of each page kind go to
 * output/test-screenshots/ (not committed) for a person to look at.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { runInto, type Outputs } from './support/run.js';
import { buildReport } from '../src/report/build.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.resolve('output', 'test-screenshots');

let out: Outputs;
let context: BrowserContext;
let page: Page;
let root: string;
let profile: string;
const requests: string[] = [];

type Row = Record<string, unknown>;

beforeAll(async () => {
  expect(fs.existsSync(CHROMIUM), `${CHROMIUM} not found: apt-get install -y chromium`).toBe(true);
  out = await runInto(['fixtures/reports'], 'vnx-report-');
  const built = buildReport(out.dir);
  root = pathToFileURL(built.dir).href;
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  context.on('request', (r) => requests.push(r.url()));
  page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  (globalThis as { reportErrors?: string[] }).reportErrors = errors;
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
  console.log(`report screenshots in ${SHOTS}`);
});

const errors = () => (globalThis as { reportErrors?: string[] }).reportErrors ?? [];

describe('the static report, from file:// in Chromium', () => {
  it('opens the overview with the counts of the run', async () => {
    const t = performance.now();
    await page.goto(`${root}/index.html`, { waitUntil: 'load' });
    console.log(`overview (first page) loaded in ${Math.round(performance.now() - t)} ms`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Overview');
    const docs = out.jsonl('documents').length;
    const card = page.locator('.card', { hasText: 'Documents' });
    await expect(card.locator('b').textContent()).resolves.toBe(String(docs));
    await page.screenshot({ path: path.join(SHOTS, 'overview.png'), fullPage: true });
  });

  it('finds a decision as one types its number, with or without diacritics, with its citing reports', async () => {
    const decisions = out.jsonl('decisions') as Row[];
    const wanted = (decisions.find((d) => d.key === '749/QĐ-TTg') ?? [...decisions].sort((a, b) => (b.citations as number) - (a.citations as number))[0]) as {
      decision_id: string;
      key: string;
      cited_by: { source_file: string }[];
    };
    expect(wanted.key).toBe('749/QĐ-TTg');
    await page.goto(`${root}/decisions.html`, { waitUntil: 'load' });
    const folded = wanted.key.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    expect(folded).toBe('749/QD-TTg');
    for (const query of [wanted.key, folded]) {
      const box = page.locator('#q');
      await box.fill('');
      await box.pressSequentially(query, { delay: 20 });
      const first = page.locator('article.decision').first();
      await expect.poll(() => first.locator('h2').textContent()).toBe(wanted.decision_id);
      // Its citing files arrive from a data chunk.
      await expect.poll(() => first.getAttribute('data-loaded')).toBe('1');
      const citing = await first.locator('ul.citing > li').allTextContents();
      // Every citing file is listed, with a context sentence naming the decision.
      for (const c of wanted.cited_by) expect(citing.some((li) => li.includes(c.source_file)), `${query}: ${c.source_file}`).toBe(true);
      const contexts = await first.locator('ul.citing blockquote').allTextContents();
      expect(contexts.length).toBeGreaterThan(0);
      expect(contexts.some((q) => q.includes('749/QĐ-TTg'))).toBe(true);
    }
    // Words of the subject, without diacritics, find it too.
    const box = page.locator('#q');
    await box.fill('');
    await box.pressSequentially('chuong trinh chuyen doi so quoc gia', { delay: 10 });
    await expect.poll(() => page.locator('article.decision h2').allTextContents()).toContain(wanted.decision_id);
    await box.fill('');
    await box.pressSequentially(wanted.key, { delay: 10 });
    await expect.poll(() => page.locator('article.decision').first().getAttribute('data-loaded')).toBe('1');
    await page.screenshot({ path: path.join(SHOTS, 'decisions.png'), fullPage: false });
  });

  it('draws a series with as many points as it has values, and a point leads to its quote', async () => {
    const indicators = out.jsonl('indicators') as Row[];
    // The values a chart draws: statements with a period that are levels (a change is a difference).
    const values = new Map<string, Row[]>();
    for (const r of indicators) if (r.period !== '' && r.kind !== 'change') values.set(r.series_id as string, [...(values.get(r.series_id as string) ?? []), r]);
    // The series with the most kinds drawn (actual and target …), then the most values.
    const kinds = (rows: Row[]) => new Set(rows.map((r) => r.kind)).size;
    const [seriesId, rows] = [...values].sort((a, b) => kinds(b[1]) - kinds(a[1]) || b[1].length - a[1].length)[0];
    const series = (out.jsonl('series') as Row[]).find((s) => s.series_id === seriesId)!;

    await page.goto(`${root}/series.html`, { waitUntil: 'load' });
    await page.locator('input[name=words]').fill(seriesId);
    const link = page.locator('table.filterable tbody tr:not([hidden]) a', { hasText: series.name as string }).first();
    await link.click();
    await page.waitForLoadState('load');
    expect(page.url()).toContain('/series/');
    await page.waitForFunction(() => (window as { VNX_CHART?: unknown }).VNX_CHART !== undefined);
    const drawn = await page.evaluate(() => {
      const chart = (window as unknown as { VNX_CHART: { data: { datasets: unknown[] }; getDatasetMeta(i: number): { data: unknown[] } } }).VNX_CHART;
      return chart.data.datasets.reduce((n: number, _d, i) => n + chart.getDatasetMeta(i).data.length, 0);
    });
    expect(drawn).toBe(rows.length);
    await expect(page.locator('#chart').getAttribute('data-points')).resolves.toBe(String(rows.length));
    await page.screenshot({ path: path.join(SHOTS, 'series.png'), fullPage: true });

    // Click the last point of the first line, where the chart draws it.
    const target = await page.evaluate(() => {
      const chart = (window as unknown as { VNX_CHART: { getDatasetMeta(i: number): { data: { x: number; y: number }[] }; data: { datasets: { data: { x: string; y: number }[] }[] } } }).VNX_CHART;
      const meta = chart.getDatasetMeta(0).data;
      const i = meta.length - 1;
      return { px: meta[i].x, py: meta[i].y, period: chart.data.datasets[0].data[i].x, value: chart.data.datasets[0].data[i].y };
    });
    const box = (await page.locator('#chart').boundingBox())!;
    await Promise.all([page.waitForURL(/\/documents\/[0-9a-f]{16}\.html#i\d+$/), page.mouse.click(box.x + target.px, box.y + target.py)]);
    const docId = /documents\/([0-9a-f]{16})\.html/.exec(page.url())![1];
    const anchor = new URL(page.url()).hash.slice(1);
    const shown = await page.locator(`tr[id="${anchor}"]`).textContent();
    // The row the link lands on is a statement of this series, at that period and value, with its quote.
    const candidates = rows.filter((r) => r.document_id === docId && r.period === target.period && r.value === target.value);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.some((r) => shown!.includes(r.quote as string))).toBe(true);
    await expect(page.locator('tr:target').count()).resolves.toBe(1);
    await page.locator('tr:target').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'document.png'), fullPage: false });
  });

  it('lists documents and series, filterable', async () => {
    await page.goto(`${root}/documents.html`, { waitUntil: 'load' });
    const all = await page.locator('table.filterable tbody tr').count();
    expect(all).toBe(out.jsonl('documents').length);
    await page.locator('input[name=words]').fill('chuyen doi so docx');
    await expect.poll(() => page.locator('table.filterable tbody tr:not([hidden])').count()).toBe(1);
    await page.goto(`${root}/series.html`, { waitUntil: 'load' });
    const series = out.jsonl('series') as Row[];
    await page.locator('select[name=kind]').selectOption('curated');
    await expect.poll(() => page.locator('table.filterable tbody tr:not([hidden])').count()).toBe(series.filter((s) => s.curated).length);
    await page.locator('select[name=kind]').selectOption('discovered');
    await expect.poll(() => page.locator('table.filterable tbody tr:not([hidden])').count()).toBe(series.filter((s) => !s.curated).length);
  });

  it('shows hostile text from the outputs as text: nothing it contains runs or loads', async () => {
    // Text as a hostile input file could make it: markup that would load from the network or run script.
    const evil = `<img src="http://203.0.113.9/x.png" onerror="window.pwned=1">"'><script>window.pwned=2</script></title></textarea>`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-report-hostile-'));
    for (const f of ['references', 'unmatched']) fs.copyFileSync(path.join(out.dir, `${f}.jsonl`), path.join(dir, `${f}.jsonl`));
    fs.copyFileSync(path.join(out.dir, 'run.json'), path.join(dir, 'run.json'));
    const docs = out.jsonl('documents') as Row[];
    docs[0] = { ...docs[0], title: `T ${evil}`, warnings: [`W ${evil}`], issuer: evil };
    fs.writeFileSync(path.join(dir, 'documents.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const series = out.jsonl('series') as Row[];
    series[0] = { ...series[0], name: `S ${evil}` };
    fs.writeFileSync(path.join(dir, 'series.jsonl'), series.map((d) => JSON.stringify(d)).join('\n') + '\n');
    // A quote travels in the chart's embedded JSON: it must not close its <script> element.
    const indicators = (out.jsonl('indicators') as Row[]).map((r) => (r.series_id === series[0].series_id && r.period !== '' ? { ...r, quote: `Q ${evil}` } : r));
    fs.writeFileSync(path.join(dir, 'indicators.jsonl'), indicators.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const decisions = out.jsonl('decisions') as Row[];
    decisions[0] = { ...decisions[0], subject: `D ${evil}`, conflicts: [`C ${evil}`] };
    fs.writeFileSync(path.join(dir, 'decisions.jsonl'), decisions.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const built = buildReport(dir);
    expect(built.warnings).toEqual([]);
    const base = pathToFileURL(built.dir).href;
    await page.goto(`${base}/documents/${docs[0].document_id}.html`, { waitUntil: 'load' });
    await expect(page.locator('h1').textContent()).resolves.toBe(`T ${evil}`);
    await page.goto(`${base}/series.html`, { waitUntil: 'load' });
    await page.locator('a', { hasText: `S ${evil}` }).first().click();
    await page.waitForLoadState('load');
    await expect(page.locator('h1').textContent()).resolves.toBe(`S ${evil}`);
    await page.waitForFunction(() => (window as { VNX_CHART?: unknown }).VNX_CHART !== undefined);
    const quotes = await page.evaluate(() => (window as unknown as { VNX_CHART: { data: { datasets: { data: { quote: string }[] }[] } } }).VNX_CHART.data.datasets.flatMap((d) => d.data.map((p) => p.quote)));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q === `Q ${evil}`)).toBe(true);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    await page.goto(`${base}/decisions.html#q=${encodeURIComponent(decisions[0].key as string)}`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('article.decision', { hasText: `D ${evil}` }).count()).toBeGreaterThan(0);
    await expect(page.locator('article.decision .conflicts').first().textContent()).resolves.toContain(`C ${evil}`);
    await page.goto(`${base}/index.html`, { waitUntil: 'load' });
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
  });

  it('made no request outside the report and raised no script error', () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(errors()).toEqual([]);
  });
});
