/**
 * The command as a person meets it: setup mistakes are one line and exit 2 (the stack only with
 * --debug), files that are no documents are listed as skipped, documents are taken by content
 * whatever their name, an empty folder is said to be empty.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPORTS, ROOT } from './support/fixtures.js';

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `vnx-cli-${name}-`));
// By location: the command moves to the caller's folder, and its workers load tsx from there.
const TSX = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
// Outside npm unless a case sets npm's variables itself.
const plainEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|INIT_CWD$)/.test(k)));
const cliIn = (cwd: string, env: NodeJS.ProcessEnv, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', TSX, path.join(ROOT, 'src', 'cli.ts'), '--quiet', ...args], { cwd, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const cli = (...args: string[]) => cliIn(ROOT, plainEnv, ...args);
/** Every output but the run log, the state and the report, as bytes. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => f !== 'run.json' && !f.startsWith('state.sqlite') && !f.startsWith('.') && fs.statSync(path.join(dir, f)).isFile())
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]),
  );

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

  // Each mistake of issue 18: its one line and its exit code.
  it.each([
    ['a mistyped option', () => ['--ful', input], /^error: unknown option --ful: did you mean --full\? \(--help shows every option\)\n$/],
    ['an option without its value', () => [input, '--out'], /^error: --out needs a value \(--help shows every option\)\n$/],
    ['a path that does not exist', () => ['./no-such-folder'], /^error: input path does not exist: \.\/no-such-folder \(looked in .*\) \(--help shows every option\)\n$/],
    ['a bad number', () => ['--concurrency', 'two', input], /^error: --concurrency must be a positive whole number, got "two" \(--help shows every option\)\n$/],
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
    }, /^error: the state database .*state\.sqlite is damaged \(file is not a database\): run again with --rebuild-state to set it aside and rebuild it from the files \(the outputs stay as they are until the rebuilt ones are written\)\n$/],
    // root writes anywhere: there a read-only folder is no mistake.
    ...(process.getuid?.() === 0
      ? []
      : [['an output folder without write permission', () => {
          const parent = tmp('readonly');
          fs.chmodSync(parent, 0o500);
          return ['--out', path.join(parent, 'out'), input];
        }, /^error: no permission to write \(.*\): choose a writable --out folder \(--debug shows details\)\n$/] as [string, () => string[], RegExp]]),
  ])('%s: one line, exit 2', (_name, args, message) => {
    const r = cli(...args());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('npm run extract --full (no --): refused in one line rather than run without --full', () => {
    const r = cliIn(ROOT, { ...plainEnv, npm_package_name: 'vn-report-extract', npm_lifecycle_event: 'extract', npm_config_full: 'true', INIT_CWD: ROOT }, input);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: npm took --full for itself: options go after --, as in npm run extract -- --full … \(or run vn-report-extract extract directly\) \(--help shows every option\)\n$/);
  });

  it('under npm run, relative paths are the caller\'s folder (INIT_CWD), not the package\'s', () => {
    const caller = tmp('caller');
    fs.mkdirSync(path.join(caller, 'in'));
    fs.copyFileSync(path.join(REPORTS, '2022-12-13-bc-346-chuyen-doi-so.docx'), path.join(caller, 'in', 'bc.docx'));
    const r = cliIn(ROOT, { ...plainEnv, npm_package_name: 'vn-report-extract', npm_lifecycle_event: 'extract', INIT_CWD: caller }, '--no-report', '--out', 'out', 'in');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ → out\/ in /);
    expect(JSON.parse(fs.readFileSync(path.join(caller, 'out', 'documents.jsonl'), 'utf8').split('\n')[0]).source_file).toBe('in/bc.docx');
  });

  it('a truncated state.sqlite is detected; --rebuild-state keeps it aside and restores outputs identical to a clean run', () => {
    const clean = tmp('clean');
    expect(cli('--no-report', '--out', clean, REPORTS).code).toBe(0);
    const out = tmp('truncated');
    expect(cli('--no-report', '--out', out, REPORTS).code).toBe(0);
    const state = path.join(out, 'state.sqlite');
    fs.truncateSync(state, Math.floor(fs.statSync(state).size / 2));
    const before = snapshot(out);

    const damaged = cli('--no-report', '--out', out, REPORTS);
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toMatch(/^error: the state database .*state\.sqlite is damaged \(database disk image is malformed\): run again with --rebuild-state .*\n$/);
    expect(snapshot(out)).toEqual(before);

    const rebuilt = cli('--no-report', '--rebuild-state', '--out', out, REPORTS);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stderr).toMatch(/^warning: the previous state was moved aside to .*state\.sqlite\.damaged-[\dT-]+Z; the state was rebuilt from the files under /);
    expect(fs.readdirSync(out).filter((f) => f.startsWith('state.sqlite.damaged-'))).toHaveLength(1);
    expect(snapshot(out)).toEqual(snapshot(clean));
    expect(cli('--no-report', '--out', out, REPORTS).stdout).toMatch(/^0 processed, 10 unchanged/);
  }, 240_000);

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
