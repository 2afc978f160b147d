/**
 * WOFF 1.0 → SFNT (TrueType/OpenType), in TypeScript with node:zlib, after the W3C Recommendation
 * "WOFF File Format 1.0" (https://www.w3.org/TR/WOFF/): a 44-byte WOFF header (§3), a table directory of
 * 20-byte entries (tag, offset, compLength, origLength, origChecksum; §4) and the tables, each either
 * stored as is (compLength = origLength) or one zlib stream that inflates to exactly origLength bytes (§5).
 * The SFNT written back has the usual offset table, table records sorted by tag, every table 4-byte aligned
 * and zero-padded, each record's checksum computed from the table data, and head.checkSumAdjustment set so
 * the whole font sums to 0xB1B0AFBA (OpenType spec, "head" table). Metadata and private blocks are dropped.
 *
 * @fontsource ships only WOFF/WOFF2; resvg (the chart's PNG renderer) reads TTF/OTF.
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_RECORD = 16;

export interface WoffTable {
  tag: string;
  /** The table as it is in the SFNT, decompressed. */
  data: Buffer;
  /** The checksum the WOFF directory records for the original table. */
  origChecksum: number;
  /** Where the table starts in the WOFF file (tables keep this order in the SFNT). */
  woffOffset: number;
}

/** The decompressed tables of a WOFF 1.0 file, in directory order; throws on a malformed file. */
export function readWoff(data: Buffer): { flavor: number; tables: WoffTable[] } {
  const fail = (why: string): never => {
    throw new Error(`not a valid WOFF 1.0 font: ${why}`);
  };
  if (data.length < WOFF_HEADER || data.readUInt32BE(0) !== WOFF_SIGNATURE) fail('no wOFF signature');
  if (data.readUInt32BE(8) !== data.length) fail('header length differs from the file size');
  const numTables = data.readUInt16BE(12);
  if (numTables === 0 || data.readUInt16BE(14) !== 0) fail('no tables or reserved field not zero');
  if (WOFF_HEADER + numTables * WOFF_ENTRY > data.length) fail('table directory runs past the end');
  const tables: WoffTable[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const tag = data.toString('latin1', at, at + 4);
    const offset = data.readUInt32BE(at + 4);
    const compLength = data.readUInt32BE(at + 8);
    const origLength = data.readUInt32BE(at + 12);
    const origChecksum = data.readUInt32BE(at + 16);
    if (offset % 4 !== 0 || offset + compLength > data.length) fail(`table ${tag} out of bounds`);
    if (compLength > origLength) fail(`table ${tag} compressed larger than original`);
    const stored = data.subarray(offset, offset + compLength);
    const table = compLength < origLength ? inflateSync(stored, { maxOutputLength: origLength }) : stored;
    if (table.length !== origLength) fail(`table ${tag} does not inflate to its original length`);
    tables.push({ tag, data: table, origChecksum, woffOffset: offset });
  }
  return { flavor: data.readUInt32BE(4), tables };
}

/** The decompressed tables of a WOFF file by tag. */
export function woffTables(data: Buffer): Map<string, Buffer> {
  return new Map(readWoff(data).tables.map((t) => [t.tag, t.data]));
}

/** OpenType table checksum: the sum of big-endian uint32s, the last one zero-padded, modulo 2³². */
export function tableChecksum(table: Buffer): number {
  let sum = 0;
  const whole = table.length & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + table.readUInt32BE(i)) >>> 0;
  if (whole < table.length) {
    const tail = Buffer.alloc(4);
    table.copy(tail, 0, whole);
    sum = (sum + tail.readUInt32BE(0)) >>> 0;
  }
  return sum;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** A WOFF 1.0 file as the SFNT font it wraps. */
export function woffToSfnt(woff: Buffer): Buffer {
  const { flavor, tables } = readWoff(woff);
  const n = tables.length;
  const size = SFNT_HEADER + n * SFNT_RECORD + tables.reduce((sum, t) => sum + pad4(t.data.length), 0);
  const out = Buffer.alloc(size); // zero-filled: the padding is zeros
  const power = 2 ** Math.floor(Math.log2(n));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(n, 4);
  out.writeUInt16BE(power * 16, 6); // searchRange
  out.writeUInt16BE(Math.log2(power), 8); // entrySelector
  out.writeUInt16BE(n * 16 - power * 16, 10); // rangeShift
  // Table data in the order it had in the WOFF file (the original font's order), records sorted by tag.
  let offset = SFNT_HEADER + n * SFNT_RECORD;
  const placed = new Map<string, { offset: number; length: number }>();
  for (const t of [...tables].sort((a, b) => a.woffOffset - b.woffOffset)) {
    t.data.copy(out, offset);
    if (t.tag === 'head') out.writeUInt32BE(0, offset + 8); // checkSumAdjustment, set below
    placed.set(t.tag, { offset, length: t.data.length });
    offset += pad4(t.data.length);
  }
  const byTag = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  byTag.forEach((t, i) => {
    const { offset: at, length } = placed.get(t.tag)!;
    const record = SFNT_HEADER + i * SFNT_RECORD;
    out.write(t.tag, record, 4, 'latin1');
    out.writeUInt32BE(tableChecksum(out.subarray(at, at + length)), record + 4);
    out.writeUInt32BE(at, record + 8);
    out.writeUInt32BE(length, record + 12);
  });
  const head = placed.get('head');
  if (head) out.writeUInt32BE((0xb1b0afba - tableChecksum(out)) >>> 0, head.offset + 8);
  return out;
}
