/**
 * What `npm run extract` runs is compiled JavaScript (dist/, built by `npm run build`, which the
 * extract script runs first): plain node, no TypeScript loader, worker threads included.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';

describe('compiled build', () => {
  it('builds to dist/ and runs the pipeline with plain node', () => {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-dist-'));
    const stdout = execFileSync(process.execPath, ['dist/src/cli.js', '--out', out, '--quiet', 'fixtures/reports/2022-12-13-bc-346-chuyen-doi-so.pdf'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(stdout).toMatch(/1 processed/);
    const docs = fs.readFileSync(path.join(out, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(docs).toHaveLength(1);
    expect(docs[0].status).toBe('ok');
    expect(fs.readFileSync(path.join(out, 'references.jsonl'), 'utf8').trim().split('\n').length).toBeGreaterThanOrEqual(20);
    // The compiled run finds the report's browser files (src/report/client, not compiled).
    expect(fs.existsSync(path.join(out, 'report', 'assets', 'series-chart.js'))).toBe(true);
  }, 180_000);
});
