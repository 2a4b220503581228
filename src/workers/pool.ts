/**
 * A fixed pool of worker threads. Each task has a time limit counted from the moment a ready
 * worker takes it (worker start-up is not charged to a file): a worker that overruns it is
 * terminated and replaced, so one hostile file cannot hold a core or the batch hostage.
 * A worker that dies (out of memory, native crash) fails only its own task.
 */
import { Worker } from 'node:worker_threads';
import type { WorkerProgress, WorkerReply, WorkerTask } from './process-worker.js';

// Compiled (dist/, what `npm run extract` runs) the worker is plain JavaScript and starts as it
// is; from TypeScript sources (tests, scripts under tsx) a boot file registers tsx first.
const COMPILED = import.meta.url.endsWith('.js');
const BOOT = COMPILED ? new URL('./process-worker.js', import.meta.url) : new URL('./boot.mjs', import.meta.url);
const ENTRY = new URL('./process-worker.ts', import.meta.url).href;
const MAX_BOOT_FAILURES = 3;

interface Slot {
  worker: Worker;
  ready: boolean;
  busy: boolean;
}

type Waiter = { resolve: (slot: Slot) => void; reject: (e: Error) => void };

export class WorkerPool {
  private slots: Slot[] = [];
  private waiting: Waiter[] = [];
  private closed = false;
  private bootFailures = 0;

  constructor(
    readonly size: number,
    private readonly heapMb: number,
  ) {
    for (let i = 0; i < size; i++) {
      const slot = { ready: false, busy: false } as Slot;
      this.slots.push(slot);
      this.start(slot);
    }
  }

  /** (Re)start the worker of a slot; the slot serves tasks once the worker says it is ready. */
  private start(slot: Slot): void {
    slot.ready = false;
    slot.busy = false;
    const worker = new Worker(BOOT, { workerData: { entry: ENTRY }, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    slot.worker = worker;
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
    if (next) {
      slot.busy = true;
      next.resolve(slot);
    } else slot.busy = false;
  }

  private acquire(): Promise<Slot> {
    if (this.bootFailures >= MAX_BOOT_FAILURES) return Promise.reject(new Error('worker failed to start'));
    const free = this.slots.find((s) => s.ready && !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
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
      const finish = (reply: WorkerReply, replace: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(reply);
        if (replace) {
          void worker.terminate();
          if (!this.closed) this.start(slot);
        } else this.handOut(slot);
      };
      const onMessage = (message: WorkerReply | WorkerProgress) => {
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
        finish({ ok: false, error: oom ? `ran out of memory (worker heap limit ${this.heapMb} MiB)` : `worker crashed: ${e.message}` }, true);
      };
      const onExit = (code: number) => finish({ ok: false, error: `worker exited with code ${code}` }, true);
      const onTimeout = () => finish({ ok: false, error: `timed out after ${timeoutMs / 1000} s` }, true);
      let timer = setTimeout(onTimeout, timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w.reject(new Error('pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
