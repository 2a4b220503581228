/**
 * What a person or a scheduler sees while a run works. One overall display for the whole run:
 * files done, the share of the work done, OCR pages of the file being read, an ETA, the file
 * being worked on. On a terminal it is one line redrawn in place, problems printed above it;
 * otherwise one line per file plus a heartbeat line whenever nothing was said for 2 s (text or
 * JSON Lines), so logs stay greppable and a long OCR page never looks like a hang.
 */
import type { Plan, ProgressEvent } from './pipeline.js';

export interface Reporter {
  /** The run started: finding and hashing files. */
  start(inputs: string[]): void;
  plan(p: Plan): void;
  /** A file was handed to a worker. */
  begin(file: string, bytes: number): void;
  file(e: ProgressEvent): void;
  ocr(file: string, done: number, total: number): void;
  end(): void;
}

export interface ReporterOptions {
  tty: boolean;
  format: 'text' | 'json';
  quiet: boolean;
  out: NodeJS.WritableStream;
  /** Longest silence, in ms (default 2000). */
  heartbeatMs?: number;
  now?: () => number;
}

interface InFlight {
  bytes: number;
  ocrDone: number;
  ocrTotal: number;
}

/**
 * The run's counts and the ETA. The ETA is from the work done, not the files done: a file counts
 * by its size, and a file being OCR'd counts by the share of its pages already read, so one long
 * scan among short text files neither freezes nor races the estimate.
 */
export class RunProgress {
  files = 0;
  toProcess = 0;
  done = 0;
  problems = 0;
  private totalBytes = 0;
  private doneBytes = 0;
  private started: number | undefined;
  readonly inFlight = new Map<string, InFlight>();
  /** The file most recently heard of: the one shown as being worked on. */
  current: string | undefined;

  constructor(private now: () => number) {}

  plan(p: Plan): void {
    this.files = p.files;
    this.toProcess = p.toProcess;
    this.totalBytes = p.bytes;
  }

  begin(file: string, bytes: number): void {
    this.started ??= this.now();
    this.inFlight.set(file, { bytes, ocrDone: 0, ocrTotal: 0 });
    this.current = file;
  }

  ocr(file: string, done: number, total: number): void {
    const f = this.inFlight.get(file);
    if (f) Object.assign(f, { ocrDone: done, ocrTotal: total });
    this.current = file;
  }

  finish(e: ProgressEvent): void {
    const f = this.inFlight.get(e.file);
    this.doneBytes += f?.bytes ?? e.bytes ?? 0;
    this.inFlight.delete(e.file);
    this.done = e.done;
    if (isProblem(e)) this.problems++;
    if (this.current === e.file) this.current = this.inFlight.keys().next().value;
  }

  /** Share of the work done, 0…1. */
  fraction(): number {
    if (this.toProcess === 0) return 1;
    if (this.totalBytes <= 0) return this.done / this.toProcess;
    let partial = 0;
    for (const f of this.inFlight.values()) if (f.ocrTotal) partial += (f.bytes * f.ocrDone) / f.ocrTotal;
    return Math.min(1, (this.doneBytes + partial) / this.totalBytes);
  }

  /**
   * Seconds left, or undefined while there is too little to go on (the first seconds are
   * start-up). Estimated when work is done (a file, an OCR page) and counted down in between,
   * so it does not climb while a long page is read; past zero it is estimated afresh.
   */
  eta(): number | undefined {
    if (this.started === undefined) return undefined;
    const t = this.now();
    const f = this.fraction();
    if (f !== this.estimate?.fraction) this.estimate = { fraction: f, at: t, left: this.live(t, f) };
    if (this.estimate.left === undefined) return undefined;
    const countdown = this.estimate.left - (t - this.estimate.at) / 1000;
    return countdown > 0 ? countdown : this.live(t, f);
  }

  private estimate: { fraction: number; at: number; left: number | undefined } | undefined;

  private live(t: number, f: number): number | undefined {
    const elapsed = (t - (this.started ?? t)) / 1000;
    if (f <= 0 || elapsed < 3 || (f < 0.05 && this.done === 0)) return undefined;
    return (elapsed / f) * (1 - f);
  }

  /** Seconds since the first file was started (the clock a person sees move). */
  elapsed(): number {
    return this.started === undefined ? 0 : (this.now() - this.started) / 1000;
  }

  /** "OCR page 4/12" of the current file, when it is being OCR'd. */
  ocrNote(): string {
    const f = this.current ? this.inFlight.get(this.current) : undefined;
    return f && f.ocrTotal ? `OCR page ${f.ocrDone}/${f.ocrTotal}` : '';
  }
}

export function createReporter(opts: ReporterOptions): Reporter {
  const { out } = opts;
  const now = opts.now ?? Date.now;
  const beat = opts.heartbeatMs ?? 2000;
  const p = new RunProgress(now);
  let planned = false;
  let lastWrite = now();
  const t0 = now();
  let timer: NodeJS.Timeout | undefined;
  const write = (s: string) => {
    out.write(s);
    lastWrite = now();
  };
  const working = () => {
    const eta = p.eta();
    const parts = [`${p.done}/${p.toProcess} files`, `${Math.floor(p.fraction() * 100)}%`, duration(p.elapsed())];
    const ocr = p.ocrNote();
    if (ocr) parts.push(ocr);
    parts.push(eta === undefined ? 'ETA …' : `ETA ${duration(eta)}`);
    if (p.problems) parts.push(`${p.problems} problem(s)`);
    return parts;
  };
  // Checked four times per heartbeat, and said a check early, so no silence outlasts `beat`.
  const tick = beat / 4;
  const silent = () => now() - lastWrite >= beat - tick;
  // The clock runs from start(): a reporter made but not used (a --db run) says nothing.
  let onTick: (() => void) | undefined;
  let period = tick;
  const startTimer = (fn: () => void, every = tick) => {
    onTick = fn;
    period = every;
  };
  const go = () => {
    if (!onTick || timer) return;
    timer = setInterval(onTick, period);
    timer.unref();
  };

  if (opts.format === 'json') {
    const event = (o: object) => write(JSON.stringify(o) + '\n');
    if (!opts.quiet) {
      startTimer(() => {
        if (!silent()) return;
        if (!planned) event({ event: 'progress', phase: 'finding files', s: Math.round((now() - t0) / 1000) });
        else if (p.done >= p.toProcess) event({ event: 'progress', phase: 'writing outputs', s: Math.round((now() - t0) / 1000) });
        else event({ event: 'progress', files: p.done, of: p.toProcess, fraction: Number(p.fraction().toFixed(3)), eta_s: roundOrNull(p.eta()), current: p.current ?? null, ...ocrPages(p) });
      });
    }
    return {
      start: (inputs) => {
        go();
        if (!opts.quiet) event({ event: 'start', inputs });
      },
      plan: (x) => {
        planned = true;
        p.plan(x);
        if (!opts.quiet) event({ event: 'plan', ...x });
      },
      begin: (file, bytes) => p.begin(file, bytes),
      file: (e) => {
        p.finish(e);
        if (!opts.quiet || isProblem(e)) event({ event: 'file', ...e, ms: Math.round(e.ms) });
      },
      ocr: (file, done, total) => {
        p.ocr(file, done, total);
        if (!opts.quiet) event({ event: 'ocr', file, page: done, pages: total });
      },
      end: () => clearInterval(timer),
    };
  }

  const planLine = (x: Plan) => `${x.files} files: ${x.toProcess} to process, ${x.unchanged} unchanged\n`;
  if (!opts.tty) {
    // A log: a line per file; while a file takes long, a heartbeat line every 2 s says where it is.
    if (!opts.quiet) {
      startTimer(() => {
        if (!silent()) return;
        if (!planned) write(`… finding and hashing files (${duration((now() - t0) / 1000)})\n`);
        else if (p.done < p.toProcess) write(`… ${working().join(' · ')}${p.current ? ` · ${p.current}` : ''}\n`);
        else write(`… writing the outputs (${duration((now() - t0) / 1000)})\n`);
      });
    }
    return {
      start: (inputs) => {
        go();
        if (!opts.quiet) write(`finding files under ${inputs.join(', ')}\n`);
      },
      plan: (x) => {
        planned = true;
        p.plan(x);
        if (!opts.quiet) write(planLine(x));
      },
      begin: (file, bytes) => p.begin(file, bytes),
      file: (e) => {
        p.finish(e);
        if (!opts.quiet || isProblem(e)) write(line(e) + '\n');
      },
      ocr: (file, done, total) => p.ocr(file, done, total),
      end: () => clearInterval(timer),
    };
  }

  // Terminal: one status line redrawn in place (every second too, so the clock and the ETA move
  // while a long page is read); a problem is printed as a line above it.
  const columns = () => (out as NodeJS.WriteStream).columns || 100;
  let drawn = false;
  const clear = () => {
    if (drawn) out.write('\r\x1b[2K');
    drawn = false;
  };
  const draw = () => {
    if (opts.quiet) return;
    let status: string;
    if (!planned) status = `finding and hashing files… ${duration((now() - t0) / 1000)}`;
    else {
      const width = 20;
      const filled = Math.round(p.fraction() * width);
      status = `[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${working().join(' · ')}`;
    }
    const room = columns() - status.length - 4;
    const name = p.current && room > 8 ? ` · ${p.current.length > room ? '…' + p.current.slice(-(room - 1)) : p.current}` : '';
    clear();
    write(status + name);
    drawn = true;
  };
  // The terminal line is redrawn every second whatever happens: its clock shows it is alive.
  if (!opts.quiet) startTimer(draw, 1000);
  return {
    start: () => {
      go();
      draw();
    },
    plan: (x) => {
      planned = true;
      p.plan(x);
      if (opts.quiet) return;
      clear();
      write(planLine(x));
      draw();
    },
    begin: (file, bytes) => {
      p.begin(file, bytes);
      draw();
    },
    file: (e) => {
      p.finish(e);
      if (isProblem(e)) {
        clear();
        write(line(e) + '\n');
      }
      draw();
    },
    ocr: (file, done, total) => {
      p.ocr(file, done, total);
      draw();
    },
    end: () => {
      clearInterval(timer);
      clear();
    },
  };
}

function ocrPages(p: RunProgress): object {
  const f = p.current ? p.inFlight.get(p.current) : undefined;
  return f && f.ocrTotal ? { ocr_page: f.ocrDone, ocr_pages: f.ocrTotal } : {};
}

function roundOrNull(x: number | undefined): number | null {
  return x === undefined ? null : Math.round(x);
}

/** A file worth a line even with --quiet: not fully read. */
export function isProblem(e: ProgressEvent): boolean {
  return e.status === 'failed' || e.status === 'needs_ocr' || e.status === 'partial';
}

export function line(e: ProgressEvent): string {
  const why = e.error || e.reason;
  return `[${e.done}/${e.total}] ${e.status.padEnd(9)} ${e.file} (${Math.round(e.ms)} ms)${why ? ` — ${why}` : ''}`;
}

/** 75 → "1m15s"; rounded first, so never "3m60s". */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
