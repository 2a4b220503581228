/**
 * How the report is reached from the command line: the main run builds it unless --no-report,
 * `npm run report` (src/report-cli.ts) builds it from an existing output folder, and a folder
 * that is no output folder is a one-line error with exit 2.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORTS, ROOT } from './support/fixtures.js';

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `vnx-report-cli-${name}-`));
const run = (script: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('report from the command line', () => {
  const input = tmp('in');
  fs.copyFileSync(path.join(REPORTS, '2025-01-bao-cao-chinh-quyen-dien-tu.docx'), path.join(input, 'bao-cao.docx'));

  it('the main run builds the report by default, not with --no-report; npm run report builds it later', () => {
    const out = tmp('out');
    const r = run('src/cli.ts', '--out', out, input);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/report: .*report[/\\]index\.html \(\d+ files in \d+ ms\)/);
    const doc = JSON.parse(fs.readFileSync(path.join(out, 'documents.jsonl'), 'utf8').split('\n')[0]);
    expect(fs.existsSync(path.join(out, 'report', 'documents', `${doc.document_id}.html`))).toBe(true);

    const bare = tmp('bare');
    expect(run('src/cli.ts', '--quiet', '--no-report', '--out', bare, input).code).toBe(0);
    expect(fs.existsSync(path.join(bare, 'documents.jsonl'))).toBe(true);
    expect(fs.existsSync(path.join(bare, 'report'))).toBe(false);
    const later = run('src/report-cli.ts', '--out', bare);
    expect(later.code).toBe(0);
    expect(later.stdout).toMatch(/^report: \d+ files, [\d.]+ MB in \d+ ms → .*index\.html\n$/);
    for (const f of ['index.html', 'documents.html', 'decisions.html', 'series.html', 'data/decisions.js', 'assets/chart.umd.min.js', 'assets/minisearch.js']) expect(fs.existsSync(path.join(bare, 'report', f)), f).toBe(true);
  });

  it('a folder without outputs is a one-line error, exit 2', () => {
    const r = run('src/report-cli.ts', '--out', tmp('empty'));
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^error: .*documents\.jsonl not found: run npm run extract -- --out .* first$/);
  });
});
