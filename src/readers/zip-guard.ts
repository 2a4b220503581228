/**
 * Reads a zip's central directory without inflating anything, so a zip bomb or a non-zip is
 * refused before mammoth (JSZip) expands it in memory.
 */
import zlib from 'node:zlib';
import { Limits } from '../limits.js';

export type ZipCheck = { ok: true; names: string[] } | { ok: false; error: string };

const EOCD_SIG = 0x06054b50; // "PK\x05\x06"
const CDH_SIG = 0x02014b50; // "PK\x01\x02"

export function inspectZip(data: Buffer, limits: Limits): ZipCheck {
  if (data.length < 22 || data.readUInt32LE(0) !== 0x04034b50) return { ok: false, error: 'not a zip archive (DOCX files are zip packages)' };
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i--) {
    if (data.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, error: 'zip archive is truncated or corrupt (no end of central directory)' };
  const entries = data.readUInt16LE(eocd + 10);
  const cdOffset = data.readUInt32LE(eocd + 16);
  if (cdOffset >= data.length) return { ok: false, error: 'zip archive is truncated or corrupt (central directory out of range)' };
  const names: string[] = [];
  let total = 0;
  let pos = cdOffset;
  for (let k = 0; k < entries; k++) {
    if (pos + 46 > data.length || data.readUInt32LE(pos) !== CDH_SIG) return { ok: false, error: 'zip archive is corrupt (bad central directory entry)' };
    const compressed = data.readUInt32LE(pos + 20);
    const size = data.readUInt32LE(pos + 24);
    const nameLen = data.readUInt16LE(pos + 28);
    const extraLen = data.readUInt16LE(pos + 30);
    const commentLen = data.readUInt16LE(pos + 32);
    const name = data.toString('utf8', pos + 46, pos + 46 + nameLen);
    names.push(name);
    if (/\.(xml|rels)$/i.test(name)) {
      const dtd = declaresDtd(data, data.readUInt32LE(pos + 42), data.readUInt16LE(pos + 10), compressed);
      if (dtd) {
        return { ok: false, error: `DOCX part ${name} declares a DTD (<!DOCTYPE>/<!ENTITY>); refused: Word never writes one, and entities are how XXE and billion-laughs attacks work` };
      }
    }
    total += size;
    if (total > limits.maxUnzippedBytes) {
      return { ok: false, error: `zip expands to more than ${Math.round(limits.maxUnzippedBytes / 1048576)} MiB (possible zip bomb); refused` };
    }
    if (compressed > 0 && size / compressed > 1000 && size > 10 * 1048576) {
      return { ok: false, error: `zip entry ${names[names.length - 1]} has a compression ratio of ${Math.round(size / compressed)}:1 (possible zip bomb); refused` };
    }
    pos += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, names };
}

// "<!DOCTYPE" or "<!ENTITY" before the root element of an XML part.
const DTD = /<!(DOCTYPE|ENTITY)/i;

/**
 * Whether an XML part starts with a DTD. Only the head of the part is inflated (a partial
 * inflate of its first 4 KiB of compressed data), so this check cannot itself be bombed.
 */
function declaresDtd(data: Buffer, localOffset: number, method: number, compressed: number): boolean {
  if (localOffset + 30 > data.length || data.readUInt32LE(localOffset) !== 0x04034b50) return false;
  const start = localOffset + 30 + data.readUInt16LE(localOffset + 26) + data.readUInt16LE(localOffset + 28);
  const raw = data.subarray(start, Math.min(data.length, start + Math.min(compressed || 4096, 4096)));
  let head: Buffer;
  try {
    head = method === 8 ? zlib.inflateRawSync(raw, { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: 64 * 1024 }) : raw;
  } catch {
    return false;
  }
  const text = head.toString('utf8');
  const root = text.search(/<[A-Za-z]/);
  return DTD.test(root < 0 ? text : text.slice(0, root));
}
