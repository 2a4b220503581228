/**
 * A fixed pool of worker threads. Each task has a time limit: a worker that overruns it is
 * terminated and replaced, so one hostile file cannot hold a core or the batch hostage.
 * A worker that dies (out of memory, native crash) fails only its own task.
 */
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from './process-worker.js';

const BOOT = new URL('./boot.mjs', import.meta.url);
const ENTRY = new URL('./process-worker.ts', import.meta.url).href;

interface Slot {
  worker: Worker;
  busy: boolean;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private waiting: Array<(slot: Slot) => void> = [];
  private closed = false;

  constructor(
    readonly size: number,
    private readonly heapMb: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push({ worker: this.spawn(), busy: false });
  }

  private spawn(): Worker {
    const worker = new Worker(BOOT, { workerData: { entry: ENTRY }, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    return worker;
  }

  private acquire(): Promise<Slot> {
    const free = this.slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }

  run(task: WorkerTask, timeoutMs: number): Promise<WorkerReply> {
    return this.acquire().then(
      (slot) =>
        new Promise<WorkerReply>((resolve) => {
          const { worker } = slot;
          const finish = (reply: WorkerReply, replace: boolean) => {
            clearTimeout(timer);
            worker.off('message', onMessage);
            worker.off('error', onError);
            worker.off('exit', onExit);
            if (replace) {
              void worker.terminate();
              if (!this.closed) slot.worker = this.spawn();
            }
            resolve(reply);
            this.release(slot);
          };
          const onMessage = (reply: WorkerReply) => finish(reply, false);
          const onError = (e: Error) => {
            const oom = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
            finish({ ok: false, error: oom ? `ran out of memory (worker heap limit ${this.heapMb} MB)` : `worker crashed: ${e.message}` }, true);
          };
          const onExit = (code: number) => finish({ ok: false, error: `worker exited with code ${code}` }, true);
          const timer = setTimeout(() => finish({ ok: false, error: `timed out after ${timeoutMs / 1000} s` }, true), timeoutMs);
          worker.on('message', onMessage);
          worker.on('error', onError);
          worker.on('exit', onExit);
          worker.postMessage(task);
        }),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
