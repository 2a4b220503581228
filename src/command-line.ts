/**
 * What every command shares about its command line: the caller's folder (npm run starts scripts
 * in the package folder, not where the person typed), a mistyped option answered with the
 * option meant, and the options npm takes for itself when they come before `--`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
const PACKAGE = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
export const PACKAGE_NAME = PACKAGE.name;
export const PACKAGE_VERSION = PACKAGE.version;

function findPackageRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'package.json'))) return d;
    if (path.dirname(d) === d) throw new Error(`no package.json above ${dir}`);
  }
}

let bin: string | undefined;

/** Called by the installed command (bin.ts): help and messages then name it, not npm run. */
export function setInvokedAs(name: string): void {
  bin = name;
}

/**
 * How the person typed the command, for help and messages: `vn-report-extract extract` from the
 * installed command, `npm run extract --` otherwise; `installed` asks for the installed form.
 */
export function commandName(sub: string, installed = false): string {
  return bin || installed ? `${bin ?? PACKAGE_NAME} ${sub}` : `npm run ${sub} --`;
}

/** The package's scripts that run a command (not `npm test`, whose children are started by tests). */
const COMMAND_SCRIPTS = new Set(['extract', 'refs', 'catalog', 'report', 'db']);

/** True when npm runs one of this package's commands (`npm run extract …`). */
export function underOwnNpmScript(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.npm_package_name === PACKAGE_NAME && COMMAND_SCRIPTS.has(env.npm_lifecycle_event ?? '');
}

/**
 * The folder relative paths mean: the caller's. Under `npm run` of this package that is
 * INIT_CWD (npm itself moved to the package folder); anywhere else the working folder, since
 * INIT_CWD may be left over from another package's npm script that ran us from its own root.
 */
export function callerDir(env: NodeJS.ProcessEnv = process.env): string {
  const init = env.INIT_CWD;
  if (init && underOwnNpmScript(env) && path.resolve(process.cwd()) === PACKAGE_ROOT && fs.existsSync(init)) return init;
  return process.cwd();
}

/** Moves to the caller's folder, so inputs, --out and the paths printed are all the caller's. */
export function enterCallerDir(): void {
  const dir = callerDir();
  if (dir !== process.cwd()) process.chdir(dir);
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Edit distance (insert, delete, substitute, swap of neighbours), for "did you mean". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest of `known` to `word`, if close enough to be a typo (or `word` is a prefix of it). */
export function closest(word: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = k.startsWith(word) && word.length >= 3 ? 0.5 : editDistance(word, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/**
 * node:util parseArgs, with its errors said for people: an unknown option names the one meant
 * ("unknown option --ful: did you mean --full?"). Throws an Error whose message is that line.
 */
export function parseCommandLine<O extends Options>(options: O, args: string[] = process.argv.slice(2)) {
  const config = { args, allowPositionals: true as const, strict: true as const, options };
  try {
    return parseArgs(config);
  } catch (e) {
    const err = e as Error & { code?: string };
    const unknown = /^Unknown option '(-{1,2}[^']+)'/.exec(err.message);
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
      const name = unknown[1].replace(/^-+/, '').split('=')[0];
      const meant = closest(name, Object.keys(options));
      throw new Error(`unknown option ${unknown[1]}${meant ? `: did you mean --${meant}?` : ''}`);
    }
    const missing = /^Option '(?:-\w, )?(--[^ ]+) <value>' argument missing/.exec(err.message);
    if (missing) throw new Error(`${missing[1]} needs a value`);
    throw new Error(err.message.split('\n')[0]);
  }
}

/**
 * Options typed before `--` in `npm run extract --full`: npm keeps them as its own config
 * (npm_config_full=true) and the command never sees them; `--out DIR` even leaves DIR as a PATH.
 * Returns the ones npm took, so the command can refuse to run without them.
 */
export function optionsTakenByNpm(options: Options, env: NodeJS.ProcessEnv = process.env): string[] {
  if (!underOwnNpmScript(env)) return [];
  const taken: string[] = [];
  for (const name of Object.keys(options)) {
    if (name === 'quiet' || name === 'help') continue; // npm's own options: see quietTakenByNpm
    const key = `npm_config_${name.replace(/^no-/, '').replace(/-/g, '_')}`;
    if (env[key] !== undefined) taken.push(`--${name}`);
  }
  return taken;
}

/** `npm run extract --quiet`: npm reads it as its own --quiet (loglevel warn). */
export function quietTakenByNpm(env: NodeJS.ProcessEnv = process.env): boolean {
  return underOwnNpmScript(env) && env.npm_config_loglevel === 'warn';
}

/**
 * A setup problem (output path a file or not writable, disk full, damaged database, broken data
 * file) said in one line with what to do; the stack only with --debug. Exits 2.
 */
export function setupError(e: unknown): never {
  const err = e as NodeJS.ErrnoException;
  const where = err.path ? ` (${err.path})` : '';
  const what =
    err.code === 'EACCES' || err.code === 'EPERM'
      ? `no permission to write${where}: choose a writable --out folder`
      : err.code === 'EEXIST' || err.code === 'ENOTDIR'
        ? `the output path${where} is a file, not a folder: choose another --out`
        : err.code === 'ENOSPC'
          ? `the disk is full${where}`
          : err.code === 'EBUSY' || err.code === 'SQLITE_BUSY'
            ? `the output folder${where} is in use by another program: close it and run again`
            : /malformed|not a database/i.test(String(err.message))
              ? `a database in the output folder is damaged (${err.message}): run again with --rebuild-state`
              : String(err.message ?? e).split('\n')[0];
  process.stderr.write(`error: ${what}${process.argv.includes('--debug') ? `\n${err.stack}` : ' (--debug shows details)'}\n`);
  process.exit(2);
}
