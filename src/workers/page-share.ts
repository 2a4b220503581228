/**
 * A PDF's pages read by several workers at once, so that a batch is bounded by pages rather than
 * by its largest file. The worker that took the file (the owner) offers its pages in chunks; any
 * idle worker the pool lends (a helper) opens its own copy of the same bytes and takes chunks
 * from a shared counter, as the owner does, until none are left. Only the page-local reading is
 * shared (pdf.js text, fonts, images, the per-page text-layer checks: see PageRead); the owner
 * then lays out the whole document in page order, so a split read gives the very document an
 * unsplit one gives.
 */
import v8 from 'node:v8';
import { openPdf, type PageRead } from '../readers/pdf.js';
import type { Limits } from '../limits.js';
import { CHUNK_PAGES, SPLIT_MIN_PAGES } from './split-plan.js';

export { CHUNK_PAGES, SHARE_MAX_BYTES, SPLIT_MIN_PAGES } from './split-plan.js';

/** Owner → pool: pages 1..pages are up for sharing. `counter` (Int32) is the next chunk to take. */
export interface ShareOffer {
  share: { pages: number; chunks: number; counter: SharedArrayBuffer; bytes: SharedArrayBuffer };
}
/** Pool → helper: take chunks of an offer while no file waits for a worker (`demand` > 0). */
export interface HelpTask {
  help: ShareOffer['share'] & { limits: Limits; demand: SharedArrayBuffer };
}
/** Helper → pool: the helper took this chunk (so the pool can fail it if the helper dies). */
export interface ChunkTaken {
  taken: number;
}
/** Helper → pool → owner: the pages of one chunk, v8-serialized (the buffer is transferred, never copied by the pool). */
export interface ChunkRead {
  chunk: { index: number; data: ArrayBuffer };
}
/** Pool → owner: the helper of this chunk died (crash, memory, time limit). */
export interface ChunkFailed {
  chunkFailed: { index: number; error: string };
}
/** Helper → pool: no chunk left (or a file is waiting): the helper is free. */
export interface HelpDone {
  helped: true;
}

const first = (i: number) => i * CHUNK_PAGES + 1;
const last = (i: number, pages: number) => Math.min(pages, (i + 1) * CHUNK_PAGES);

async function readChunk(i: number, pages: number, read: (n: number) => Promise<PageRead>): Promise<PageRead[]> {
  const reads: PageRead[] = [];
  for (let n = first(i); n <= last(i, pages); n++) reads.push(await read(n));
  return reads;
}

/** The owner's side for one file: `readPages` for the reader, `receive` for what the pool forwards. */
export class PageShare {
  private arrived = new Map<number, PageRead[]>();
  private waiting = new Map<number, (reads: PageRead[]) => void>();
  private pages = 0;
  private readonly bytes: SharedArrayBuffer;

  /** Made before the reader opens `data`: pdf.js takes the buffer it is given (it is detached after). */
  constructor(
    data: Uint8Array,
    private readonly post: (message: ShareOffer) => void,
  ) {
    this.bytes = new SharedArrayBuffer(data.byteLength);
    new Uint8Array(this.bytes).set(data);
  }

  readPages = async (count: number, readHere: (n: number) => Promise<PageRead>): Promise<PageRead[]> => {
    if (count < SPLIT_MIN_PAGES) {
      const reads: PageRead[] = [];
      for (let n = 1; n <= count; n++) reads.push(await readHere(n));
      return reads;
    }
    const chunks = Math.ceil(count / CHUNK_PAGES);
    this.pages = count;
    const counter = new Int32Array(new SharedArrayBuffer(4));
    this.post({ share: { pages: count, chunks, counter: counter.buffer as SharedArrayBuffer, bytes: this.bytes } });
    const byChunk: Array<PageRead[] | Promise<PageRead[]>> = new Array(chunks);
    for (let i = Atomics.add(counter, 0, 1); i < chunks; i = Atomics.add(counter, 0, 1)) byChunk[i] = await readChunk(i, count, readHere);
    for (let i = 0; i < chunks; i++) byChunk[i] ??= this.fromElsewhere(i);
    return (await Promise.all(byChunk)).flat();
  };

  private fromElsewhere(i: number): PageRead[] | Promise<PageRead[]> {
    const got = this.arrived.get(i);
    if (got) return got;
    return new Promise((resolve) => this.waiting.set(i, resolve));
  }

  /** A chunk another worker read, or the failure of the one that was reading it. */
  receive(message: ChunkRead | ChunkFailed): void {
    let index: number;
    let reads: PageRead[];
    if ('chunk' in message) {
      index = message.chunk.index;
      reads = v8.deserialize(new Uint8Array(message.chunk.data)) as PageRead[];
    } else {
      index = message.chunkFailed.index;
      const why = message.chunkFailed.error;
      reads = [];
      for (let n = first(index); n <= last(index, this.pages); n++) {
        reads.push({ number: n, images: 0, imageOnly: false, garbled: false, rawChars: 0, opsRead: false, diagnostics: [{ code: 'pdf/page-unreadable', severity: 'error', message: `page ${n} could not be read: the worker reading it ${why}`, page: n }] });
      }
    }
    const resolve = this.waiting.get(index);
    if (resolve) {
      this.waiting.delete(index);
      resolve(reads);
    } else this.arrived.set(index, reads);
  }
}

/**
 * The helper's side: open the offered bytes and read chunks until none is left or a file waits
 * for a worker. The pdf.js document is destroyed before the helper says it is free.
 */
export async function helpRead(task: HelpTask['help'], post: (message: ChunkTaken | ChunkRead, transfer?: ArrayBuffer[]) => void): Promise<void> {
  const opened = await openPdf(new Uint8Array(task.bytes).slice(), task.limits);
  // The owner opened these same bytes, so this cannot fail but for memory; the owner then reads every chunk itself.
  if ('error' in opened) return;
  const counter = new Int32Array(task.counter);
  const demand = new Int32Array(task.demand);
  try {
    while (Atomics.load(demand, 0) === 0) {
      const i = Atomics.add(counter, 0, 1);
      if (i >= task.chunks) break;
      post({ taken: i });
      const bytes = v8.serialize(await readChunk(i, task.pages, opened.readPage));
      const data = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      post({ chunk: { index: i, data: data as ArrayBuffer } }, [data as ArrayBuffer]);
    }
  } finally {
    await opened.close();
  }
}
