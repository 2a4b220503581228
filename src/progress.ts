/**
 * What a person or a scheduler sees while a run works: a redrawn progress bar with counts and
 * ETA on a terminal; one line per file otherwise (text or JSON Lines), so logs stay greppable.
 */
import type { Plan, ProgressEvent } from './pipeline.js';

export interface Reporter {
  plan(p: Plan): void;
  file(e: ProgressEvent): void;
  ocr(file: string, done: number, total: number): void;
  end(): void;
}

export function createReporter(opts: { tty: boolean; format: 'text' | 'json'; quiet: boolean; out: NodeJS.WritableStream }): Reporter {
  const { out } = opts;
  if (opts.format === 'json') {
    return {
      plan: (p) => !opts.quiet && out.write(JSON.stringify({ event: 'plan', ...p }) + '\n'),
      file: (e) => (!opts.quiet || isProblem(e)) && out.write(JSON.stringify({ event: 'file', ...e, ms: Math.round(e.ms) }) + '\n'),
      ocr: (file, done, total) => !opts.quiet && out.write(JSON.stringify({ event: 'ocr', file, page: done, pages: total }) + '\n'),
      end: () => undefined,
    };
  }
  if (!opts.tty) {
    return {
      plan: (p) => !opts.quiet && out.write(`${p.files} files: ${p.toProcess} to process, ${p.unchanged} unchanged\n`),
      file: (e) => (!opts.quiet || isProblem(e)) && out.write(line(e) + '\n'),
      ocr: (file, done, total) => !opts.quiet && out.write(`      OCR page ${done}/${total} ${file}\n`),
      end: () => undefined,
    };
  }
  // Terminal: problems are printed as lines above a bar redrawn in place.
  const t0 = Date.now();
  let failed = 0;
  let drawn = false;
  const clear = () => drawn && out.write('\r\x1b[2K');
  return {
    plan: (p) => !opts.quiet && out.write(`${p.files} files: ${p.toProcess} to process, ${p.unchanged} unchanged\n`),
    file: (e) => {
      if (isProblem(e)) {
        failed++;
        clear();
        out.write(line(e) + '\n');
      }
      if (opts.quiet) return;
      const width = 24;
      const filled = Math.round((e.done / Math.max(1, e.total)) * width);
      const elapsed = (Date.now() - t0) / 1000;
      const eta = e.done ? (elapsed / e.done) * (e.total - e.done) : 0;
      const name = e.file.length > 40 ? '…' + e.file.slice(-39) : e.file;
      clear();
      out.write(`[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${e.done}/${e.total}${failed ? ` · ${failed} problem(s)` : ''} · ETA ${duration(eta)} · ${name}`);
      drawn = true;
    },
    ocr: (file, done, total) => {
      if (opts.quiet) return;
      clear();
      out.write(`OCR ${done}/${total} pages · ${file.length > 50 ? '…' + file.slice(-49) : file}`);
      drawn = true;
    },
    end: () => {
      clear();
      drawn = false;
    },
  };
}

function isProblem(e: ProgressEvent): boolean {
  return e.status === 'failed' || e.status === 'needs_ocr';
}

function line(e: ProgressEvent): string {
  return `[${e.done}/${e.total}] ${e.status.padEnd(9)} ${e.file} (${Math.round(e.ms)} ms)${e.error ? ` — ${e.error}` : ''}`;
}

function duration(s: number): string {
  if (s < 60) return `${Math.round(s)}s`;
  return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
}
