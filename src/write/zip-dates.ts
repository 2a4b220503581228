/**
 * Zip archives (an .xlsx is one) stamp every entry with the time it was written, so two runs on
 * the same input would give different bytes. This sets every entry's DOS date and time (local
 * and central headers) and any extended-timestamp field to one fixed moment, in place.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EXTENDED_TIMESTAMP = 0x5455;

/** 1980-01-01 00:00, the first moment DOS dates can express. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UNIX_TIME = Date.UTC(1980, 0, 1) / 1000;

export function fixZipDates(zip: Buffer): Buffer {
  let eocd = -1;
  // The end record is in the last 64 KiB + 22 bytes (its comment is at most 65535 bytes).
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive: no end of central directory');
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`zip central directory entry ${n} is damaged`);
    zip.writeUInt16LE(DOS_TIME, at + 12);
    zip.writeUInt16LE(DOS_DATE, at + 14);
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    fixExtra(zip, at + 46 + nameLen, extraLen);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error(`zip local header of entry ${n} is damaged`);
    zip.writeUInt16LE(DOS_TIME, local + 10);
    zip.writeUInt16LE(DOS_DATE, local + 12);
    fixExtra(zip, local + 30 + zip.readUInt16LE(local + 26), zip.readUInt16LE(local + 28));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return zip;
}

/** Extended timestamp fields (0x5455): a flags byte, then up to three Unix times. */
function fixExtra(zip: Buffer, start: number, length: number): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = zip.readUInt16LE(at);
    const size = zip.readUInt16LE(at + 2);
    if (id === EXTENDED_TIMESTAMP) for (let t = at + 5; t + 4 <= at + 4 + size; t += 4) zip.writeUInt32LE(UNIX_TIME, t);
    at += 4 + size;
  }
}
