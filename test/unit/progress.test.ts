/**
 * The run's display: one overall line (files, share of work, OCR pages, ETA from work done, the
 * file being read), a heartbeat whenever nothing was said for 2 s, partial files with their reason.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReporter, duration, RunProgress } from '../../src/progress.ts';

function sink() {
  const chunks: string[] = [];
  return { out: { write: (s: string) => chunks.push(s) } as unknown as NodeJS.WritableStream, text: () => chunks.join('') };
}

describe('progress', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('durations are rounded before they are split: never 3m60s', () => {
    expect(duration(239.6)).toBe('4m00s');
    expect(duration(59.6)).toBe('1m00s');
    expect(duration(75)).toBe('1m15s');
    expect(duration(3 * 3600 + 125)).toBe('3h02m');
  });

  it('the ETA counts OCR pages of the file in progress, and waits out the start-up seconds', () => {
    const p = new RunProgress(Date.now);
    p.plan({ files: 2, toProcess: 2, unchanged: 0, bytes: 200 });
    p.begin('scan.pdf', 100);
    p.begin('text.pdf', 100);
    vi.setSystemTime(2000);
    p.ocr('scan.pdf', 1, 10);
    expect(p.eta()).toBeUndefined();
    vi.setSystemTime(10_000);
    p.finish({ done: 1, total: 2, file: 'text.pdf', status: 'ok', ms: 1 });
    p.ocr('scan.pdf', 5, 10);
    // 100 bytes done + half of the scan's 100: 75 % in 10 s, so about 3 s left (not a whole file's worth).
    expect(p.fraction()).toBe(0.75);
    expect(p.eta()).toBeCloseTo(10 / 3, 5);
    // Between two pages it counts down rather than climbing.
    vi.setSystemTime(12_000);
    expect(p.eta()).toBeCloseTo(10 / 3 - 2, 5);
    vi.setSystemTime(20_000);
    expect(p.eta()).toBeCloseTo((20 / 0.75) * 0.25, 5);
    expect(p.ocrNote()).toBe('OCR page 5/10');
    expect(p.current).toBe('scan.pdf');
  });

  it('a log gets a line per file, no line per OCR page, and a heartbeat naming the file when silent for 2 s', () => {
    const s = sink();
    const r = createReporter({ tty: false, format: 'text', quiet: false, out: s.out });
    r.start(['in']);
    vi.advanceTimersByTime(2100);
    expect(s.text()).toMatch(/^finding files under in\n… finding and hashing files \(2s\)\n$/);
    r.plan({ files: 1, toProcess: 1, unchanged: 0, bytes: 100 });
    r.begin('in/scan.pdf', 100);
    for (let i = 1; i <= 3; i++) r.ocr('in/scan.pdf', i, 12);
    const before = s.text();
    vi.advanceTimersByTime(1500);
    expect(s.text()).toBe(before);
    vi.advanceTimersByTime(1000);
    expect(s.text().slice(before.length)).toBe('… 0/1 files · 25% · 2s · OCR page 3/12 · ETA … · in/scan.pdf\n');
    r.file({ done: 1, total: 1, file: 'in/scan.pdf', status: 'partial', ms: 2500, reason: 'p4: OCR recognized no text' });
    expect(s.text()).toMatch(/\[1\/1\] partial   in\/scan\.pdf \(2500 ms\) — p4: OCR recognized no text\n$/);
    // Every file done: the outputs are being written, and that is said too.
    vi.advanceTimersByTime(2000);
    expect(s.text()).toMatch(/\n… writing the outputs \(\d+s\)\n$/);
    r.end();
  });

  it('JSON Lines: a progress event when silent for 2 s, with the file and its OCR page', () => {
    const s = sink();
    const r = createReporter({ tty: false, format: 'json', quiet: false, out: s.out });
    // Made but not started (a --db run hands over before start): silent.
    vi.advanceTimersByTime(5000);
    expect(s.text()).toBe('');
    r.start(['in']);
    r.plan({ files: 1, toProcess: 1, unchanged: 0, bytes: 100 });
    r.begin('scan.pdf', 100);
    r.ocr('scan.pdf', 1, 4);
    vi.advanceTimersByTime(2000);
    const events = s.text().trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => e.event)).toEqual(['start', 'plan', 'ocr', 'progress']);
    expect(events[3]).toMatchObject({ files: 0, of: 1, fraction: 0.25, current: 'scan.pdf', ocr_page: 1, ocr_pages: 4 });
    r.end();
  });

  it('--quiet still lists a partial file with its reason, and nothing else', () => {
    const s = sink();
    const r = createReporter({ tty: false, format: 'text', quiet: true, out: s.out });
    r.start(['in']);
    r.plan({ files: 2, toProcess: 2, unchanged: 0, bytes: 2 });
    r.file({ done: 1, total: 2, file: 'a.pdf', status: 'ok', ms: 5 });
    r.file({ done: 2, total: 2, file: 'b.pdf', status: 'partial', ms: 5, reason: 'PDF cross-reference table is damaged' });
    vi.advanceTimersByTime(10_000);
    expect(s.text()).toBe('[2/2] partial   b.pdf (5 ms) — PDF cross-reference table is damaged\n');
    r.end();
  });

  it('on a terminal the OCR pages redraw the one status line; problems are lines above it', () => {
    const s = sink();
    const r = createReporter({ tty: true, format: 'text', quiet: false, out: s.out });
    r.start(['in']);
    r.plan({ files: 2, toProcess: 2, unchanged: 0, bytes: 200 });
    r.begin('a.pdf', 100);
    r.begin('b.pdf', 100);
    r.ocr('a.pdf', 1, 4);
    r.ocr('b.pdf', 1, 8);
    r.ocr('a.pdf', 2, 4);
    r.file({ done: 1, total: 2, file: 'b.pdf', status: 'failed', ms: 9, error: 'timed out' });
    vi.advanceTimersByTime(5000);
    // What the terminal shows: a line rewritten in place keeps only its last drawing.
    const screen = s.text().split('\n').map((l) => l.split('\r\x1b[2K').at(-1)!);
    expect(screen).toHaveLength(3);
    expect(screen[0]).toBe('2 files: 2 to process, 0 unchanged');
    expect(screen[1]).toBe('[1/2] failed    b.pdf (9 ms) — timed out');
    expect(screen[2]).toMatch(/^\[=+ *\] 1\/2 files · 75% · \d+s · OCR page 2\/4 · ETA \S+ · 1 problem\(s\) · a\.pdf$/);
    r.end();
  });
});
