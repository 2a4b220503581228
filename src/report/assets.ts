/**
 * What the pages load, copied into assets/ at build time so the report needs no network: the
 * libraries from node_modules (Chart.js, MiniSearch: single-file UMD builds) and the report's
 * own scripts and stylesheet from src/report/client/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

// Chart.js and MiniSearch do not export their UMD files: found next to their main entries.
const LIBRARIES: { file: string; from: () => string }[] = [
  { file: 'chart.umd.min.js', from: () => path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js') },
  { file: 'minisearch.js', from: () => path.join(path.dirname(require.resolve('minisearch')), '..', 'umd', 'index.js') },
];

const CLIENT = ['common.js', 'filter.js', 'decisions.js', 'series-chart.js', 'report.css'];

/**
 * src/report/client/ is not compiled (plain browser files): found from this module whether it
 * runs from src/ (tsx) or dist/src/ (the build), by walking up to the package root.
 */
function clientDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'src', 'report', 'client');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('src/report/client not found above the report module: the installation is incomplete');
    dir = up;
  }
}

export function copyAssets(dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const lib of LIBRARIES) {
    const from = lib.from();
    if (!fs.existsSync(from)) throw new Error(`${from} not found: run npm ci`);
    // No source map is shipped, so no reference to one (a browser would try to load it).
    const text = fs.readFileSync(from, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
    fs.writeFileSync(path.join(dir, lib.file), text);
    written.push(lib.file);
  }
  const client = clientDir();
  for (const f of CLIENT) {
    fs.copyFileSync(path.join(client, f), path.join(dir, f));
    written.push(f);
  }
  return written;
}
