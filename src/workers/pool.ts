/**
 * A fixed pool of worker threads. Each task has a time limit counted from the moment a ready
 * worker takes it (worker start-up is not charged to a file): a worker that overruns it is
 * terminated and replaced, so one hostile file cannot hold a core or the batch hostage.
 * A worker that dies (out of memory, native crash) fails only its own task.
 *
 * A worker with nothing to do, while no file waits, is lent to a worker reading a large PDF to
 * read some of its pages (page-share.ts). Its time limit is the file's; a helper that dies
 * fails only the pages it had taken, which the file reports as unreadable.
 */
import { Worker } from 'node:worker_threads';
import type { WorkerProgress, WorkerReply, WorkerTask } from './process-worker.js';
import type { ChunkRead, ChunkTaken, HelpDone, HelpTask, ShareOffer } from './page-share.js';
import { CHUNK_PAGES, SPARE_MIN_PAGES } from './split-plan.js';

// Compiled (dist/, what `npm run extract` runs) the worker is plain JavaScript and starts as it
// is; from TypeScript sources (tests, scripts under tsx) a boot file registers tsx first.
const COMPILED = import.meta.url.endsWith('.js');
const BOOT = COMPILED ? new URL('./process-worker.js', import.meta.url) : new URL('./boot.mjs', import.meta.url);
const ENTRY = new URL('./process-worker.ts', import.meta.url).href;
const MAX_BOOT_FAILURES = 3;
// Chunks still untaken for a spare worker to be started for them (see SPARE_MIN_PAGES).
const SPARE_MIN_CHUNKS = Math.ceil(SPARE_MIN_PAGES / CHUNK_PAGES);

interface Slot {
  worker: Worker;
  ready: boolean;
  busy: boolean;
}

type Waiter = { resolve: (slot: Slot) => void; reject: (e: Error) => void };

/** The pages of a file its owner is reading, open to helpers while chunks are left. */
interface Offer {
  owner: Slot;
  task: HelpTask;
  counter: Int32Array;
  chunks: number;
  timeoutMs: number;
  /** Helpers reading for this offer, each with a way to stop it when the file fails. */
  helpers: Map<Slot, () => void>;
  open: boolean;
  helped: boolean;
}

export interface PoolStats {
  /** Files whose pages were read by more than one worker. */
  splitFiles: number;
  /** Chunks of pages read by a worker other than the file's. */
  lentChunks: number;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private waiting: Waiter[] = [];
  private closed = false;
  private bootFailures = 0;
  private offers: Offer[] = [];
  private lendQueued = false;
  // Files waiting for a worker, shared with helpers: a helper stops taking pages while it is above 0.
  private demand = new Int32Array(new SharedArrayBuffer(4));
  readonly stats: PoolStats = { splitFiles: 0, lentChunks: 0 };

  /**
   * `split`: large PDFs are read by idle workers too (off: each file by one worker, as a check).
   * `spare`: workers started only to help with a large PDF's pages (a batch of fewer files than
   * cores starts fewer workers, and most files never need one): when the first large PDF offers
   * its pages, or at once with `eager` (a batch known to hold one), so they are ready in time.
   */
  constructor(
    readonly size: number,
    private readonly heapMb: number,
    private readonly split = true,
    private spare = 0,
    eager = false,
  ) {
    for (let i = 0; i < size; i++) this.addSlot();
    for (; eager && this.spare > 0; this.spare--) this.addSlot();
  }

  private addSlot(): void {
    const slot = { ready: false, busy: false } as Slot;
    this.slots.push(slot);
    this.start(slot);
  }

  /** (Re)start the worker of a slot; the slot serves tasks once the worker says it is ready. */
  private start(slot: Slot): void {
    slot.ready = false;
    slot.busy = false;
    const worker = new Worker(BOOT, { workerData: { entry: ENTRY }, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    slot.worker = worker;
    // A worker can die while no task listens: out of memory while freeing a file after its reply, or
    // between a task's end and its termination. Its error must not become the main process's
    // uncaught exception (which stopped a whole run), and an idle slot whose worker died starts anew.
    worker.on('error', () => {});
    worker.on('exit', () => {
      if (!this.closed && slot.worker === worker && slot.ready && !slot.busy) this.start(slot);
    });
    const onBootError = (e: Error) => {
      if (this.closed) return;
      this.bootFailures++;
      if (this.bootFailures >= MAX_BOOT_FAILURES) {
        for (const w of this.waiting.splice(0)) w.reject(new Error(`worker failed to start: ${e.message}`));
        return;
      }
      this.start(slot);
    };
    worker.once('error', onBootError);
    worker.once('message', (m: { ready?: boolean }) => {
      worker.off('error', onBootError);
      if (!m.ready) return;
      this.bootFailures = 0;
      slot.ready = true;
      this.handOut(slot);
    });
  }

  private handOut(slot: Slot): void {
    const next = this.waiting.shift();
    Atomics.store(this.demand, 0, this.waiting.length);
    if (next) {
      slot.busy = true;
      next.resolve(slot);
    } else {
      slot.busy = false;
      this.lendSoon();
    }
  }

  private acquire(): Promise<Slot> {
    if (this.bootFailures >= MAX_BOOT_FAILURES) return Promise.reject(new Error('worker failed to start'));
    const free = this.slots.find((s) => s.ready && !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      Atomics.store(this.demand, 0, this.waiting.length);
    });
  }

  /** Resolves once every worker has started (a test's way to know a helper can be lent). */
  async ready(): Promise<void> {
    while (this.slots.some((s) => !s.ready) && !this.closed && this.bootFailures < MAX_BOOT_FAILURES) await new Promise((r) => setTimeout(r, 20));
  }

  // After the current turn: a batch hands a freed worker its next file in the same turn, and a
  // file should not wait behind a helper's chunk.
  private lendSoon(): void {
    if (this.lendQueued || !this.offers.length) return;
    this.lendQueued = true;
    setImmediate(() => {
      this.lendQueued = false;
      this.lend();
    });
  }

  private lend(): void {
    if (this.closed || this.waiting.length) return;
    const wanted = () => this.offers.find((o) => o.open && Atomics.load(o.counter, 0) < o.chunks);
    for (const slot of this.slots) {
      if (!slot.ready || slot.busy) continue;
      const offer = wanted();
      if (!offer) return;
      this.help(slot, offer);
    }
    // A spare worker takes a moment to start: worth it while a few chunks are left.
    const offer = wanted();
    if (offer && this.spare > 0 && offer.chunks - Atomics.load(offer.counter, 0) >= SPARE_MIN_CHUNKS && !this.slots.some((s) => !s.ready)) {
      this.spare--;
      this.addSlot();
    }
  }

  private help(slot: Slot, offer: Offer): void {
    slot.busy = true;
    const { worker } = slot;
    const taken = new Set<number>();
    const finish = (replace: boolean, error?: string) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      offer.helpers.delete(slot);
      if (offer.open) for (const index of taken) offer.owner.worker.postMessage({ chunkFailed: { index, error: error ?? 'stopped' } });
      if (replace) {
        void worker.terminate();
        if (!this.closed) this.start(slot);
      } else this.handOut(slot);
    };
    const onMessage = (message: ChunkTaken | ChunkRead | HelpDone) => {
      if ('taken' in message) taken.add(message.taken);
      else if ('chunk' in message) {
        taken.delete(message.chunk.index);
        if (!offer.open) return;
        this.stats.lentChunks++;
        if (!offer.helped) this.stats.splitFiles++;
        offer.helped = true;
        offer.owner.worker.postMessage(message, [message.chunk.data]);
      } else finish(false, 'stopped before reading them');
    };
    const onError = (e: Error) => {
      const oom = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish(true, oom ? this.outOfMemory() : `crashed: ${e.message}`);
    };
    const onExit = (code: number) => finish(true, `exited with code ${code}`);
    const timer = setTimeout(() => finish(true, `timed out after ${offer.timeoutMs / 1000} s`), offer.timeoutMs);
    offer.helpers.set(slot, () => finish(true));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(offer.task);
  }

  /**
   * Run one file. `timeoutMs` bounds the time without progress: a long scan that reports each
   * OCR'd page keeps going (each page has its own limit inside the worker); a silent hang does not.
   */
  async run(task: WorkerTask, timeoutMs: number, onProgress?: (p: WorkerProgress['progress']) => void): Promise<WorkerReply> {
    let slot: Slot;
    try {
      slot = await this.acquire();
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
    return new Promise<WorkerReply>((resolve) => {
      const { worker } = slot;
      let offer: Offer | undefined;
      const finish = (reply: WorkerReply, replace: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (offer) {
          offer.open = false;
          // Helpers take no further chunk; those of a file that failed are stopped: its time limit covers them.
          Atomics.store(offer.counter, 0, offer.chunks);
          this.offers.splice(this.offers.indexOf(offer), 1);
          if (replace) for (const stop of [...offer.helpers.values()]) stop();
        }
        resolve(reply);
        if (replace) {
          void worker.terminate();
          if (!this.closed) this.start(slot);
        } else this.handOut(slot);
      };
      const onMessage = (message: WorkerReply | WorkerProgress | ShareOffer) => {
        if ('share' in message) {
          const { share } = message;
          offer = { owner: slot, task: { help: { ...share, limits: task.limits, demand: this.demand.buffer as SharedArrayBuffer } }, counter: new Int32Array(share.counter), chunks: share.chunks, timeoutMs, helpers: new Map(), open: true, helped: false };
          this.offers.push(offer);
          this.lendSoon();
          return;
        }
        if ('progress' in message) {
          clearTimeout(timer);
          timer = setTimeout(onTimeout, timeoutMs);
          onProgress?.(message.progress);
          return;
        }
        finish(message, false);
      };
      const onError = (e: Error) => {
        const oom = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish({ ok: false, error: oom ? this.outOfMemory() : `worker crashed: ${e.message}` }, true);
      };
      const onExit = (code: number) => finish({ ok: false, error: `worker exited with code ${code}` }, true);
      const onTimeout = () => finish({ ok: false, error: `timed out after ${timeoutMs / 1000} s` }, true);
      let timer = setTimeout(onTimeout, timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ ...task, split: this.split && this.slots.length + this.spare > 1 } satisfies WorkerTask);
    });
  }

  /** A file over the heap limit: what happened, and how to read it anyway. */
  private outOfMemory(): string {
    return `ran out of memory (worker heap limit ${this.heapMb} MiB): the file needs more; run again with --worker-heap ${Math.max(2048, this.heapMb * 2)} to read it`;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w.reject(new Error('pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
