/**
 * Reads a zip's central directory without inflating anything, so a zip bomb or a non-zip is
 * refused before mammoth (JSZip) expands it in memory.
 */
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
    names.push(data.toString('utf8', pos + 46, pos + 46 + nameLen));
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
