/**
 * The installed command as an archivist uses it: `npm install -g` into a temporary prefix, then
 * `vn-report-extract extract` from a folder of their own with relative paths — folder A, then
 * folder B into the same output, a changed file, a deleted one, a renamed one. Also: --version,
 * and a broken catalog that is one line while --help still works.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTS, ROOT, STEMS } from './support/fixtures.js';

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `vnx-bin-${name}-`));
const prefix = tmp('prefix');
const BIN = path.join(prefix, 'bin', 'vn-report-extract');
// The caller's own folder, far from the repository.
const home = tmp('home');

/** Runs the installed command in `home`; npm's variables are removed, as in a shell or cron. */
function run(...args: string[]) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|INIT_CWD$)/.test(k)));
  const r = spawnSync(BIN, args, { cwd: home, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const documents = (out: string) =>
  fs
    .readFileSync(path.join(home, out, 'documents.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { source_file: string; document_id: string });

describe('the installed command', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
    // A folder installs as a link to it: offline, and the command runs this very build.
    execFileSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', ROOT], { stdio: 'pipe' });
    fs.mkdirSync(path.join(home, 'A'));
    fs.mkdirSync(path.join(home, 'B'));
    for (const s of STEMS.slice(0, 2)) fs.copyFileSync(path.join(REPORTS, `${s}.pdf`), path.join(home, 'A', `${s}.pdf`));
    fs.copyFileSync(path.join(REPORTS, `${STEMS[2]}.docx`), path.join(home, 'B', `${STEMS[2]}.docx`));
  }, 180_000);

  it('--version names the package and the pipeline version', () => {
    const r = run('--version');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^vn-report-extract \d+\.\d+\.\d+ \(pipeline \d+\.\d+\.\d+\+[0-9a-f]{12}\)\n$/);
  });

  it('an archivist session: A, then B into the same output, a change, a deletion, a rename', () => {
    const a = run('extract', '--quiet', '--no-report', '--out', './library', './A');
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^2 processed, 0 unchanged.* → library\/ in /);
    expect(fs.existsSync(path.join(home, 'library', 'state.sqlite'))).toBe(true);
    expect(documents('library').map((d) => d.source_file).sort()).toEqual(STEMS.slice(0, 2).map((s) => `A/${s}.pdf`));

    // B adds to the library: A's documents all stay.
    const b = run('extract', '--quiet', '--no-report', '--out', 'library', 'B');
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/^1 processed, 0 unchanged, 0 replaced, 0 removed; 3 documents/);
    expect(documents('library').map((d) => d.source_file).sort()).toEqual([...STEMS.slice(0, 2).map((s) => `A/${s}.pdf`), `B/${STEMS[2]}.docx`]);

    // A changed file is re-read and replaces its old version.
    const changed = path.join(home, 'A', `${STEMS[0]}.pdf`);
    const oldId = documents('library').find((d) => d.source_file === `A/${STEMS[0]}.pdf`)!.document_id;
    fs.appendFileSync(changed, '\n% revised\n');
    const c = run('extract', '--quiet', '--no-report', '--out', 'library', 'A');
    expect(c.stdout).toMatch(/^1 processed, 1 unchanged, 1 replaced, 0 removed; 3 documents/);
    expect(documents('library').some((d) => d.document_id === oldId)).toBe(false);

    // A deleted file leaves; a renamed one is not read again and keeps its document.
    fs.unlinkSync(path.join(home, 'A', `${STEMS[1]}.pdf`));
    fs.renameSync(path.join(home, 'B', `${STEMS[2]}.docx`), path.join(home, 'B', 'renamed.docx'));
    const d = run('extract', '--quiet', '--no-report', '--out', 'library', 'A', 'B');
    expect(d.code).toBe(0);
    expect(d.stdout).toMatch(/^0 processed, 2 unchanged, 0 replaced, 1 removed; 2 documents/);
    expect(documents('library').map((x) => x.source_file).sort()).toEqual([`A/${STEMS[0]}.pdf`, 'B/renamed.docx']);

    // The lookup commands read the same relative --out.
    const refs = run('refs', 'find', '749/QĐ-TTg', '--out', 'library');
    expect([0, 1]).toContain(refs.code);
    expect(refs.stderr).toBe('');
    const list = run('refs', 'list', '--type', 'quyet dinh', '--out', 'library');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^decision +type +date[\s\S]*Quyết định[\s\S]*\n\d+ decision\(s\)\n$/);
    expect(run('report', '--out', 'library').stdout).toMatch(/^report: \d+ files/);
  }, 180_000);

  it('Ctrl-C (SIGINT) finishes up and exits 1, the interruption in run.json', async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|INIT_CWD$)/.test(k)));
    const child = spawn(BIN, ['extract', '--no-report', '--concurrency', '1', '--out', 'interrupted', path.join(ROOT, 'fixtures', 'scanned')], { cwd: home, env });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
      // Once a file is being worked on (the plan is out), as a person would press Ctrl-C.
      if (/to process/.test(stderr) && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/SIGINT: finishing up/);
    expect(JSON.parse(fs.readFileSync(path.join(home, 'interrupted', 'run.json'), 'utf8'))).toMatchObject({ interrupted: true, exit_code: 1 });
  }, 120_000);

  it('a mistyped command or option names the one meant, exit 2', () => {
    expect(run('extrct', 'A')).toMatchObject({ code: 2, stderr: 'error: unknown command "extrct": did you mean extract? (vn-report-extract --help lists the commands)\n' });
    expect(run('extract', '--ful', 'A')).toMatchObject({ code: 2, stderr: 'error: unknown option --ful: did you mean --full? (--help shows every option)\n' });
    expect(run('extract', '--help').stdout).toMatch(/^Usage: vn-report-extract extract \[options\] \[PATH \.\.\.\]/);
  });

  it('a broken catalog is one line naming the file, the entry and the field; --help still works', () => {
    // A copy of the build with one bad id, beside the real dependencies.
    const pkg = tmp('broken-catalog');
    fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
    fs.cpSync(path.join(ROOT, 'dist', 'src'), path.join(pkg, 'dist', 'src'), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'));
    const file = path.join(pkg, 'dist', 'src', 'data', 'indicators.json');
    const catalog = JSON.parse(fs.readFileSync(file, 'utf8'));
    catalog.indicators[3].id = 'Bad Id';
    fs.writeFileSync(file, JSON.stringify(catalog));
    const bin = (...args: string[]) => spawnSync(process.execPath, [path.join(pkg, 'dist', 'src', 'bin.js'), ...args], { cwd: home, encoding: 'utf8' });
    for (const command of ['extract', 'catalog', 'report', 'refs']) expect(bin(command, '--help').status, command).toBe(0);
    for (const args of [['extract', '--out', 'x', 'A'], ['catalog', 'suggest', '--out', 'library'], ['report', '--out', 'library']]) {
      const r = bin(...args);
      expect(r.status, args[0]).toBe(2);
      expect(r.stderr, args[0]).toMatch(new RegExp(`^error: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: indicators\\[3\\] \\(id "Bad Id"\\), field id: .+; fix it and run again \\(--debug shows details\\)\\n$`));
    }
  });
});
