/**
 * `output/report/`: the static report of an output folder, built from its JSON Lines. Written
 * into a fresh folder beside it and swapped in, so a report being opened is never half-written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { copyAssets } from './assets.js';
import { citationsScript, dataScript } from './html.js';
import { collectGarbage, garbageBudget } from '../memory.js';
import { buildModel, documentFile } from './model.js';
import { documentPage } from './pages/document.js';
import { documentsPage } from './pages/documents.js';
import { decisionEntries, decisionsPage } from './pages/decisions.js';
import { overviewPage } from './pages/overview.js';
import { seriesPage } from './pages/series.js';
import { seriesListPage } from './pages/series-list.js';

export interface ReportResult {
  dir: string;
  /** Files written (pages, data, assets). */
  files: number;
  bytes: number;
  ms: number;
  warnings: string[];
}

// Every row scanned and every page made is garbage once written (see garbageBudget).
const GARBAGE_BUDGET = 48 * 1024 * 1024;

export function buildReport(outDir: string, reportDir = path.join(outDir, 'report')): ReportResult {
  const t0 = performance.now();
  const tidy = garbageBudget(GARBAGE_BUDGET);
  const model = buildModel(outDir, tidy);
  // Scanning the JSON Lines leaves every row's text and parsed object as garbage: collected
  // before the pages are made.
  collectGarbage();
  const tmp = `${reportDir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  for (const sub of ['documents', 'series', 'data']) fs.mkdirSync(path.join(tmp, sub), { recursive: true });
  let files = 0;
  let bytes = 0;
  const write = (rel: string, text: string) => {
    fs.writeFileSync(path.join(tmp, rel), text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  try {
    files += copyAssets(path.join(tmp, 'assets')).length;
    write('index.html', overviewPage(model, new Date().toISOString()));
    write('documents.html', documentsPage(model));
    write('decisions.html', decisionsPage(model));
    fs.mkdirSync(path.join(tmp, 'data', 'citations'));
    const entries = decisionEntries(model, (k, c) => write(`data/citations/${k}.js`, citationsScript(c)));
    write('data/decisions.js', dataScript('VNX_DECISIONS', entries));
    write('series.html', seriesListPage(model));
    for (const d of model.documents) {
      write(documentFile(d.document_id), documentPage(model, d));
      tidy();
    }
    for (const s of model.series) {
      write(model.seriesFileOf.get(s.series_id)!, seriesPage(model, s));
      tidy();
    }
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  } finally {
    model.close();
  }
  const old = `${reportDir}.old-${process.pid}`;
  if (fs.existsSync(reportDir)) fs.renameSync(reportDir, old);
  fs.renameSync(tmp, reportDir);
  fs.rmSync(old, { recursive: true, force: true });
  return { dir: reportDir, files, bytes, ms: Math.round(performance.now() - t0), warnings: model.warnings };
}
