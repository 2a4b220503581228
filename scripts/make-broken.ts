/**
 * `npx tsx scripts/make-broken.ts` — writes the hostile and broken inputs of fixtures/broken/.
 * Everything is generated from the good fixtures or from bytes written here, deterministically
 * (no randomness without a seed), so the committed files can be rebuilt and reviewed.
 * qpdf (Debian package) encrypts the two password cases; without it those two are skipped.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'fixtures', 'broken');
const GOOD_PDF = path.join(ROOT, 'fixtures', 'reports', '2025-01-bao-cao-chinh-quyen-dien-tu.pdf');

/** Deterministic pseudo-random bytes (xorshift32). */
function randomBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** A PDF from object bodies (1-based), with a correct xref table. */
export function buildPdf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n')]);
    parts.push(b);
    length += b.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

function stream(dict: string, data: Buffer, compress = false): Buffer {
  const body = compress ? zlib.deflateSync(data) : data;
  const filter = compress ? ' /Filter /FlateDecode' : '';
  return Buffer.concat([Buffer.from(`<< ${dict}${filter} /Length ${body.length} >>\nstream\n`, 'latin1'), body, Buffer.from('\nendstream', 'latin1')]);
}

/** One page whose only content is a grey 64×64 image: what a scanner produces. */
function imageOnlyPdf(): Buffer {
  const pixels = Buffer.alloc(64 * 64, 0x80);
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    stream('/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8', pixels, true),
    stream('', Buffer.from('q 500 0 0 700 47 71 cm /Im1 Do Q')),
  ]);
}

/** `pages` tiny pages, each with its own words (identical lines on every page would be running headers). */
function manyPagesPdf(pages: number): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${2 * i + 4} 0 R`).join(' ');
  const objects: Array<string | Buffer> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const word = (n: number) => Array.from(n.toString(26), (d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
  for (let i = 0; i < pages; i++) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 3 0 R >> >> /Contents ${2 * i + 5} 0 R >>`);
    objects.push(stream('', Buffer.from(`BT /F1 12 Tf 20 100 Td (Muc ${word(i + 1)} bao cao ${word(i * 7 + 3)}) Tj ET`)));
  }
  return buildPdf(objects);
}

/** One 14400×14400 pt page (the PDF maximum) with a deflated content stream of ~60 MB of text operators. */
function hugePagePdf(): Buffer {
  const line = 'BT /F1 1 Tf 10 10 Td (Chi tieu so lieu 2.471.745 thue bao) Tj ET\n';
  const content = Buffer.from(line.repeat(Math.ceil(60e6 / line.length)));
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    stream('', content, true),
  ]);
}

/** A zip written by hand (stored or deflated entries), enough for DOCX-shaped test files. */
export function buildZip(entries: Array<{ name: string; data: Buffer; deflate?: boolean; declaredSize?: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = e.deflate ? zlib.deflateRawSync(e.data, { level: 9 }) : e.data;
    const crc = zlib.crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const method = e.deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);
const ROOT_RELS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
);
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"';

function docx(documentXml: string, rels = '', extra: Array<{ name: string; data: Buffer; deflate?: boolean }> = []): Buffer {
  const docRels = Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`);
  return buildZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'word/document.xml', data: Buffer.from(documentXml), deflate: true },
    { name: 'word/_rels/document.xml.rels', data: docRels },
    ...extra,
  ]);
}

const PARA = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;

/** External image and hyperlink targets: must never be fetched. */
export function externalRelsDocx(imageUrl = 'http://127.0.0.1:9/tracker.png', linkUrl = 'file:///etc/passwd'): Buffer {
  const drawing = `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="x"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:link="rId9"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${PARA('Báo cáo số 12/BC-STTTT: Thuê bao điện thoại di động: 2.164.505;')}${drawing}<w:p><w:hyperlink r:id="rId10"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink></w:p></w:body></w:document>`;
  const rels =
    `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${imageUrl}" TargetMode="External"/>` +
    `<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${linkUrl}" TargetMode="External"/>`;
  return docx(xml, rels);
}

/** XXE and billion laughs in one document part. */
function entitiesDocx(): Buffer {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>' +
    '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
    `<w:document ${W}><w:body>${PARA('&xxe;')}${PARA('&c;')}</w:body></w:document>`;
  return docx(xml);
}

/** 310 MiB of zeros in word/document.xml, about 300 KB compressed: over the 300 MiB expansion limit. */
function zipBombDocx(): Buffer {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${PARA('x')}`);
  const zeros = Buffer.alloc(310 * 1024 * 1024, 0x20);
  const tail = Buffer.from('</w:body></w:document>');
  return buildZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'word/document.xml', data: Buffer.concat([head, zeros, tail]), deflate: true },
  ]);
}

/** OLE2 signature of a Word 97 file followed by garbage: a corrupt .doc. */
function corruptDoc(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, randomBytes(4096, 97)]);
}

/** A PDF whose startxref points nowhere and whose xref table is overwritten: pdf.js must rebuild it. */
function brokenXrefPdf(): Buffer {
  const pdf = fs.readFileSync(GOOD_PDF).toString('latin1');
  const at = pdf.lastIndexOf('startxref');
  const damaged = pdf.slice(0, at).replace(/\nxref\n[\s\S]*?trailer/, (m) => m.replace(/\d{10} \d{5} [nf]/g, '9999999999 00000 n')) + 'startxref\n123\n%%EOF\n';
  return Buffer.from(damaged, 'latin1');
}

function qpdf(args: string[]): boolean {
  return spawnSync('qpdf', args).status === 0;
}

export function makeBroken(dir = OUT): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const write = (name: string, data: Buffer) => fs.writeFileSync(path.join(dir, name), data);
  const good = fs.readFileSync(GOOD_PDF);
  write('empty.pdf', Buffer.alloc(0));
  write('random-bytes.pdf', randomBytes(20_000, 1));
  write('random-bytes.docx', randomBytes(20_000, 2));
  write('truncated.pdf', good.subarray(0, Math.floor(good.length * 0.4)));
  write('broken-xref.pdf', brokenXrefPdf());
  write('image-only-scan.pdf', imageOnlyPdf());
  write('three-thousand-pages.pdf', manyPagesPdf(3000));
  write('huge-page.pdf', hugePagePdf());
  write('not-a-zip.docx', Buffer.from('Đây không phải là tệp DOCX, chỉ là văn bản thuần.\n'));
  write('zip-bomb.docx', zipBombDocx());
  write('external-relationships.docx', externalRelsDocx());
  write('entity-declarations.docx', entitiesDocx());
  write('corrupt-word97.doc', corruptDoc());
  // A real report under the wrong extension (with a trailer, so it is not a duplicate of the good one).
  write('pdf-named-as.docx', Buffer.concat([good, Buffer.from('\n% renamed copy\n')]));
  // qpdf salts its encryption, so these two differ on every run; keep the committed ones unless missing.
  const tmp = path.join(dir, '.tmp-plain.pdf');
  fs.writeFileSync(tmp, good);
  const encrypted = ['encrypted-empty-password.pdf', 'encrypted-with-password.pdf'].map((f) => path.join(dir, f));
  if (encrypted.every((f) => fs.existsSync(f))) {
    // kept: qpdf salts its output, rewriting would change committed bytes for nothing
  } else if (qpdf(['--encrypt', '', 'owner-secret', '256', '--', tmp, path.join(dir, 'encrypted-empty-password.pdf')]) && qpdf(['--encrypt', 'user-secret', 'owner-secret', '256', '--', tmp, path.join(dir, 'encrypted-with-password.pdf')])) {
    // written
  } else {
    process.stderr.write('qpdf not installed: the encrypted PDFs were not written\n');
  }
  fs.rmSync(tmp);
  return fs.readdirSync(dir).sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of makeBroken()) {
    const size = fs.statSync(path.join(OUT, f)).size;
    process.stdout.write(`fixtures/broken/${f}  ${size} bytes\n`);
  }
}
