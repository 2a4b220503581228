/**
 * The command as a person meets it: setup mistakes are one line and exit 2 (the stack only with
 * --debug), files that are no documents are listed as skipped, documents are taken by content
 * whatever their name, an empty folder is said to be empty.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORTS, ROOT } from './support/fixtures.js';

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `vnx-cli-${name}-`));
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', '--quiet', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('cli messages', () => {
  const input = tmp('in');
  fs.copyFileSync(path.join(REPORTS, '2022-12-13-bc-346-chuyen-doi-so.pdf'), path.join(input, 'bao-cao-khong-duoi'));
  fs.writeFileSync(path.join(input, 'ghi-chu.txt'), 'ghi chú\n');
  fs.writeFileSync(path.join(input, '~$bao-cao.docx'), 'lock');

  it('a PDF without its extension is read; a text file and a Word lock file are listed as skipped, in run.json too', () => {
    const out = tmp('out');
    const r = cli('--out', out, input);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1 processed/);
    expect(r.stderr).toMatch(/skipped: .*ghi-chu\.txt — not a document: neither its name \(\.txt\) nor its content is PDF/);
    expect(r.stderr).toMatch(/skipped: .*~\$bao-cao\.docx — Office lock file/);
    const run = JSON.parse(fs.readFileSync(path.join(out, 'run.json'), 'utf8'));
    expect(run.skipped.map((s: { path: string }) => path.basename(s.path)).sort()).toEqual(['ghi-chu.txt', '~$bao-cao.docx']);
  });

  it.each([
    ['an output path that is a file', () => {
      const f = path.join(tmp('file'), 'out');
      fs.writeFileSync(f, '');
      return ['--out', f, input];
    }, /^error: the output path \(.*\) is a file, not a folder: choose another --out \(--debug shows details\)\n$/],
    ['an output folder locked by another run', () => {
      const out = tmp('locked');
      fs.writeFileSync(path.join(out, '.lock'), JSON.stringify({ pid: process.pid, host: os.hostname(), started: new Date().toISOString() }));
      return ['--out', out, input];
    }, /^error: another run .* is using .*; wait for it to finish or remove .*\.lock if you are sure it is gone\n$/],
    ['a damaged state database (truncated state.sqlite)', () => {
      const out = tmp('damaged');
      fs.writeFileSync(path.join(out, 'state.sqlite'), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4080, 1)]));
      return ['--out', out, input];
    }, /^error: the state database in the output folder is damaged \(file is not a database\): move state\.sqlite aside and run with --full \(--debug shows details\)\n$/],
  ])('%s: one line, exit 2', (_name, args, message) => {
    const r = cli(...args());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('--debug adds the stack', () => {
    const f = path.join(tmp('file'), 'out');
    fs.writeFileSync(f, '');
    const r = cli('--debug', '--out', f, input);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').length).toBeGreaterThan(3);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it('an empty folder is said to be empty', () => {
    const r = cli('--out', tmp('out'), tmp('empty'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: no documents found under /);
  });
});
