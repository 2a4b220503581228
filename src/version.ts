/**
 * The pipeline version that keys the incremental state: the package version plus a digest of
 * every source and data file, so any change to code or tables re-processes everything.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const SRC = path.dirname(fileURLToPath(import.meta.url));

let cached: string | undefined;

export function pipelineVersion(): string {
  if (cached) return cached;
  const pkg = JSON.parse(fs.readFileSync(packageJson(SRC), 'utf8')) as { version: string };
  const hash = createHash('sha256');
  for (const file of listFiles(SRC)) {
    hash.update(path.relative(SRC, file).split(path.sep).join('/'));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
  }
  cached = `${pkg.version}+${hash.digest('hex').slice(0, 12)}`;
  return cached;
}

/** The package.json above the sources: src/ runs from the repository, dist/src/ from the build. */
function packageJson(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    const file = path.join(d, 'package.json');
    if (fs.existsSync(file)) return file;
    if (path.dirname(d) === d) throw new Error(`no package.json above ${dir}`);
  }
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (/\.(ts|js|mjs|json)$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** `--version`: the package version and the pipeline version the state is keyed by. */
export function versionLine(): string {
  const pkg = JSON.parse(fs.readFileSync(packageJson(SRC), 'utf8')) as { name: string; version: string };
  return `${pkg.name} ${pkg.version} (pipeline ${pipelineVersion()})`;
}
