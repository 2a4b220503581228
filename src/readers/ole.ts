/**
 * The header of an OLE2 compound file (the container of Word 97-2003 .doc files), checked
 * field by field so a damaged .doc gets a reason that names what is wrong.
 */

/** Why the compound-file header is unusable, or null when it is sound. */
export function oleHeaderProblem(data: Buffer): string | null {
  if (data.length < 512) return `file is ${data.length} bytes, shorter than the 512-byte OLE2 header`;
  const major = data.readUInt16LE(26);
  if (data.readUInt16LE(28) !== 0xfffe) return 'OLE2 byte-order mark is not FFFE';
  if (major !== 3 && major !== 4) return `OLE2 major version ${major} (expected 3 or 4)`;
  const shift = data.readUInt16LE(30);
  if ((major === 3 && shift !== 9) || (major === 4 && shift !== 12)) return `OLE2 sector size 2^${shift} does not match version ${major}`;
  if (data.readUInt16LE(32) !== 6) return 'OLE2 mini-sector size is not 64 bytes';
  const sector = 1 << shift;
  const dirSector = data.readUInt32LE(48);
  if ((dirSector + 2) * sector > data.length) return `OLE2 directory starts at sector ${dirSector}, past the end of the file`;
  const fatSectors = data.readUInt32LE(44);
  if (fatSectors === 0 || fatSectors * sector > data.length) return `OLE2 header claims ${fatSectors} allocation-table sectors for a ${data.length}-byte file`;
  return null;
}
