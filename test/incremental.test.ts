/**
 * Scheduled runs on copies of the fixtures in a temporary folder: incremental state, byte-identical
 * re-runs, SIGKILL safety, the lock, failure isolation and clean stops.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline.js';
import { REPORTS, ROOT, STEMS } from './support/fixtures.js';

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `vnx-${name}-`));
const FILES = STEMS.flatMap((s) => [`${s}.pdf`, `${s}.docx`]);

/**
 * Every output file except the run log and the state itself, as bytes. Folders (report/, built by
 * the CLI from these files) are left out: the report has its own tests.
 */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir).sort()) {
    if (f === 'run.json' || f.startsWith('state.sqlite') || f.startsWith('.')) continue;
    // The report folder shows the run's own times (like run.json); report.browser.test.ts tests it.
    if (fs.statSync(path.join(dir, f)).isDirectory()) continue;
    out[f] = fs.readFileSync(path.join(dir, f)).toString('base64');
  }
  return out;
}

const jsonl = (dir: string, stem: string) =>
  fs
    .readFileSync(path.join(dir, `${stem}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

function cli(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function finished(child: ReturnType<typeof cli>): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

describe('two runs of the same input into two folders', () => {
  it('write byte-identical outputs, an OCR\'d scan and workbook.xlsx included: timings go to run.json only', async () => {
    const input = tmp('same-in');
    fs.copyFileSync(path.join(ROOT, 'fixtures', 'images', '13_LD_GM560-UBND_scan.png'), path.join(input, 'scan.png'));
    fs.copyFileSync(path.join(REPORTS, `${STEMS[0]}.pdf`), path.join(input, `${STEMS[0]}.pdf`));
    const [a, b] = [tmp('same-a'), tmp('same-b')];
    const first = await runPipeline({ inputs: [input], outDir: a, concurrency: 1 });
    const second = await runPipeline({ inputs: [input], outDir: b, concurrency: 1 });
    expect(first.run.processed).toBe(2);
    expect(second.run.processed).toBe(2);
    expect(first.run.stage_ms.ocr).toBeGreaterThan(0);
    const snap = snapshot(a);
    expect(Object.keys(snap)).toEqual(expect.arrayContaining(['workbook.xlsx', 'series_points.csv', 'timeseries.csv', 'timeseries_conflicts.csv', 'index.sqlite']));
    expect(snapshot(b)).toEqual(snap);
  }, 180_000);
});

describe('incremental runs', () => {
  const input = tmp('in');
  const out = tmp('out');
  const [held, ...rest] = FILES;
  beforeAll(() => {
    for (const f of rest) fs.copyFileSync(path.join(REPORTS, f), path.join(input, f));
  });

  it('a second run over unchanged input processes nothing and writes byte-identical outputs', async () => {
    const first = await runPipeline({ inputs: [input], outDir: out, concurrency: 2 });
    expect(first.run).toMatchObject({ processed: 9, unchanged: 0, documents: 9 });
    const before = snapshot(out);
    const second = await runPipeline({ inputs: [input], outDir: out, concurrency: 2 });
    expect(second.run).toMatchObject({ processed: 0, unchanged: 9, removed: 0, documents: 9 });
    expect(snapshot(out)).toEqual(before);
  });

  it('a run with nothing new leaves the outputs as they are, not written again; a deleted or edited output is written again', async () => {
    const mtimes = () => Object.fromEntries(fs.readdirSync(out).filter((f) => /\.(csv|jsonl|xlsx|sqlite)$/.test(f) && f !== 'state.sqlite').map((f) => [f, fs.statSync(path.join(out, f)).mtimeMs]));
    const before = mtimes();
    const bytes = snapshot(out);
    fs.writeFileSync(path.join(out, '.decisions.csv.99999.1.tmp'), 'what a killed run leaves');
    const again = await runPipeline({ inputs: [input], outDir: out, concurrency: 2 });
    expect(again.run).toMatchObject({ processed: 0, outputs_unchanged: true, documents: 9 });
    expect(again.run.references).toBeGreaterThan(0); // the counts of the last write, not zeros
    expect(mtimes()).toEqual(before);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Someone deletes an output, or edits one: the next run writes the outputs again, the same bytes.
    fs.rmSync(path.join(out, 'decisions.csv'));
    const restored = await runPipeline({ inputs: [input], outDir: out, concurrency: 2 });
    expect(restored.run.outputs_unchanged).toBeUndefined();
    fs.appendFileSync(path.join(out, 'indicators.csv'), 'edited by hand\n');
    const rewritten = await runPipeline({ inputs: [input], outDir: out, concurrency: 2 });
    expect(rewritten.run.outputs_unchanged).toBeUndefined();
    expect(snapshot(out)).toEqual(bytes);
  });

  it('adding one file processes exactly that one', async () => {
    fs.copyFileSync(path.join(REPORTS, held), path.join(input, held));
    const r = await runPipeline({ inputs: [input], outDir: out, concurrency: 2 });
    expect(r.run).toMatchObject({ processed: 1, unchanged: 9, documents: 10 });
  });

  it('modifying one file re-processes that one', async () => {
    const pdf = path.join(input, `${STEMS[0]}.pdf`);
    const oldId = jsonl(out, 'documents').find((d) => String(d.source_file).endsWith(`${STEMS[0]}.pdf`))!.document_id;
    fs.appendFileSync(pdf, '\n% revised\n');
    const r = await runPipeline({ inputs: [input], outDir: out, concurrency: 2 });
    expect(r.run).toMatchObject({ processed: 1, unchanged: 9, replaced: 1, removed: 0, documents: 10 });
    const docs = jsonl(out, 'documents');
    expect(docs.some((d) => d.document_id === oldId)).toBe(false);
    expect(jsonl(out, 'references').some((x) => x.document_id === oldId)).toBe(false);
  });

  it('deleting one file removes its rows', async () => {
    const victim = `${STEMS[1]}.docx`;
    const id = jsonl(out, 'documents').find((d) => String(d.source_file).endsWith(victim))!.document_id;
    expect(jsonl(out, 'references').some((x) => x.document_id === id)).toBe(true);
    fs.unlinkSync(path.join(input, victim));
    const r = await runPipeline({ inputs: [input], outDir: out, concurrency: 2 });
    expect(r.run).toMatchObject({ processed: 0, removed: 1, documents: 9 });
    for (const stem of ['documents', 'references', 'indicators', 'unmatched']) expect(jsonl(out, stem).some((x) => x.document_id === id), stem).toBe(false);
    expect(JSON.stringify(jsonl(out, 'decisions'))).not.toContain(id);
  });

  it('a new pipeline version re-processes everything; --full too', async () => {
    const db = new Database(path.join(out, 'state.sqlite'));
    db.prepare("UPDATE documents SET version = 'an-older-version'").run();
    db.close();
    expect((await runPipeline({ inputs: [input], outDir: out, concurrency: 2 })).run).toMatchObject({ processed: 9, unchanged: 0 });
    expect((await runPipeline({ inputs: [input], outDir: out, concurrency: 2, full: true })).run).toMatchObject({ processed: 9, unchanged: 0 });
  });

  it('a run on another folder adds to the output: the first folder\'s documents all stay (--prune drops them)', async () => {
    const other = tmp('other');
    fs.copyFileSync(path.join(ROOT, 'fixtures', 'real', '30_QNg_TB565-UBND_ketluan_text.pdf'), path.join(other, 'tb565.pdf'));
    const before = jsonl(out, 'documents').map((d) => d.document_id);
    const r = await runPipeline({ inputs: [other], outDir: out, concurrency: 2 });
    expect(r.run).toMatchObject({ processed: 1, removed: 0, documents: before.length + 1 });
    expect(jsonl(out, 'documents').map((d) => d.document_id)).toEqual(expect.arrayContaining(before));
    const pruned = await runPipeline({ inputs: [other], outDir: out, concurrency: 2, prune: true });
    expect(pruned.run).toMatchObject({ processed: 0, removed: before.length, documents: 1 });
    // Back to the first folder: its documents return (re-parsed, since --prune forgot them).
    expect((await runPipeline({ inputs: [input], outDir: out, concurrency: 2 })).run).toMatchObject({ documents: before.length + 1 });
  });

  it('a renamed file is not parsed again', async () => {
    const from = path.join(input, `${STEMS[2]}.pdf`);
    fs.renameSync(from, path.join(input, 'renamed.pdf'));
    const r = await runPipeline({ inputs: [input], outDir: out, concurrency: 2 });
    // 9 of the folder and the one added from the other folder above
    expect(r.run).toMatchObject({ processed: 0, unchanged: 9, removed: 0, documents: 10 });
    expect(jsonl(out, 'documents').some((d) => String(d.source_file).endsWith('renamed.pdf'))).toBe(true);
  });
});

describe('crash safety', () => {
  // 20 distinct PDFs (each fixture with a different trailing comment) so the run takes a while.
  const input = tmp('kill-in');
  beforeAll(() => {
    for (let i = 0; i < 4; i++) {
      for (const s of STEMS) fs.writeFileSync(path.join(input, `${s}-${i}.pdf`), Buffer.concat([fs.readFileSync(path.join(REPORTS, `${s}.pdf`)), Buffer.from(`\n% copy ${i}\n`)]));
    }
  });

  it('a run killed with SIGKILL mid-way, then re-run, yields outputs identical to a clean run', async () => {
    const clean = tmp('clean');
    const ok = await finished(cli(['--out', clean, '--concurrency', '1', '--log-format', 'json', input]));
    expect(ok.code).toBe(0);

    const killed = tmp('killed');
    const child = cli(['--out', killed, '--concurrency', '1', '--log-format', 'json', input]);
    const done = finished(child);
    await new Promise<void>((resolve) => {
      let files = 0;
      child.stderr!.on('data', (d: Buffer) => {
        files += (String(d).match(/"event":"file"/g) ?? []).length;
        if (files >= 3 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    const k = await done;
    expect(k.signal).toBe('SIGKILL');
    const db = new Database(path.join(killed, 'state.sqlite'), { readonly: true });
    const committed = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    db.close();
    expect(committed).toBeGreaterThanOrEqual(3);
    expect(committed).toBeLessThan(20);

    // The dead run's lock is stale: the next run takes it over and completes the work.
    const again = await finished(cli(['--out', killed, '--concurrency', '1', '--log-format', 'json', input]));
    expect(again.code).toBe(0);
    const run = JSON.parse(fs.readFileSync(path.join(killed, 'run.json'), 'utf8'));
    expect(run.processed).toBe(20 - committed);
    expect(snapshot(killed)).toEqual(snapshot(clean));
  });

  it('SIGTERM stops cleanly: committed files kept, lock released, exit 1', async () => {
    const outDir = tmp('term');
    const child = cli(['--out', outDir, '--concurrency', '1', '--log-format', 'json', input]);
    const done = finished(child);
    child.stderr!.once('data', () => child.kill('SIGTERM'));
    const r = await done;
    expect(r.code).toBe(1);
    const run = JSON.parse(fs.readFileSync(path.join(outDir, 'run.json'), 'utf8'));
    expect(run.interrupted).toBe(true);
    expect(fs.existsSync(path.join(outDir, '.lock'))).toBe(false);
    expect(jsonl(outDir, 'documents').length).toBe(run.processed);
  });
});

describe('the lock', () => {
  it('a second concurrent run is refused with a clear message and exit code 2', async () => {
    const outDir = tmp('locked');
    const holder = spawn('sleep', ['30']);
    fs.writeFileSync(path.join(outDir, '.lock'), JSON.stringify({ pid: holder.pid, host: os.hostname(), started: new Date().toISOString() }));
    const r = await finished(cli(['--out', outDir, path.join(REPORTS, FILES[0])]));
    holder.kill();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/another run \(pid \d+ .*\) is using/);
  });

  it('a stale lock from a dead process is taken over', async () => {
    const outDir = tmp('stale');
    const dead = spawnSync('true');
    fs.writeFileSync(path.join(outDir, '.lock'), JSON.stringify({ pid: dead.pid, host: os.hostname(), started: '2020-01-01T00:00:00Z' }));
    const r = await runPipeline({ inputs: [path.join(REPORTS, FILES[1])], outDir, concurrency: 1 });
    expect(r.exitCode).toBe(0);
    expect(fs.existsSync(path.join(outDir, '.lock'))).toBe(false);
  });
});

describe('failure isolation', () => {
  it('one corrupt file: exit 1, the file failed with a reason, every other file present', async () => {
    const input = tmp('corrupt-in');
    for (const f of FILES.slice(0, 3)) fs.copyFileSync(path.join(REPORTS, f), path.join(input, f));
    fs.writeFileSync(path.join(input, 'broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF');
    const outDir = tmp('corrupt-out');
    const r = await runPipeline({ inputs: [input], outDir, concurrency: 2 });
    expect(r.exitCode).toBe(1);
    const docs = jsonl(outDir, 'documents');
    expect(docs).toHaveLength(4);
    const broken = docs.find((d) => String(d.source_file).endsWith('broken.pdf'))!;
    expect(broken.status).toBe('failed');
    expect(String(broken.error).length).toBeGreaterThan(10);
    for (const f of FILES.slice(0, 3)) {
      const d = docs.find((x) => String(x.source_file).endsWith(f))!;
      expect(d.status).toBe('ok');
      expect(jsonl(outDir, 'references').some((x) => x.document_id === d.document_id)).toBe(true);
    }
  });
});
