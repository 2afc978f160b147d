/**
 * The ZIP container of an XLSX, read from its central directory (never trusting the local headers alone),
 * with each part inflated as a stream and stopped at a byte budget: a zip bomb is refused after at most
 * `LIMITS.importUnzippedBytes` of output, whatever sizes it declares.
 */
import { createInflateRaw } from 'node:zlib';
import { LIMITS } from '../../shared/limits';
import { AppError } from '../errors';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function damaged(): AppError {
  const en = 'the XLSX file cannot be opened: not a CSV or XLSX file, or a damaged one';
  const th = 'เปิดไฟล์ XLSX ไม่ได้: ไม่ใช่ไฟล์ CSV หรือ XLSX หรือไฟล์เสียหาย';
  return new AppError('invalid_input', { th, en }, [{ field: 'file', th, en }]);
}

export function unzippedTooLarge(limit = LIMITS.importUnzippedBytes): AppError {
  const mb = limit / 1024 / 1024;
  const en = `the XLSX file unpacks to more than ${mb} MB: split it into smaller files`;
  const th = `ไฟล์ XLSX เมื่อคลายการบีบอัดมีขนาดเกิน ${mb} MB กรุณาแบ่งเป็นไฟล์ย่อย`;
  return new AppError('too_large', { th, en }, [{ field: 'file', th, en }]);
}

/** The entries named in the central directory; a file without a readable one is not a workbook. */
export function zipEntries(data: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged();
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== CENTRAL) throw damaged();
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      name: decoder.decode(data.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    };
    // Encrypted parts cannot be read; ZIP64 (sizes of 4 GB and more) is never needed under the upload limit.
    if (flags & 1 || entry.declaredSize === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw damaged();
    entries.set(entry.name.replace(/^\//, ''), entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** A shared budget of inflated bytes for all the parts read from one file. */
export class UnzipBudget {
  private used = 0;
  constructor(private readonly limit = LIMITS.importUnzippedBytes) {}

  /** Refuses up front what declares more than is left, before a byte is inflated. */
  reserve(declared: number): void {
    if (this.used + declared > this.limit) throw unzippedTooLarge(this.limit);
  }

  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) throw unzippedTooLarge(this.limit);
  }
}

/**
 * The inflated bytes of one part, chunk by chunk (64 KB), never more than it declared nor than the budget
 * allows: inflating stops as soon as either is passed.
 */
export async function* inflateEntry(
  data: Uint8Array,
  entry: ZipEntry,
  budget: UnzipBudget,
): AsyncGenerator<Buffer> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = entry.localHeader;
  if (at + 30 > data.length || view.getUint32(at, true) !== LOCAL) throw damaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > data.length) throw damaged();
  const packed = data.subarray(start, start + entry.compressedSize);
  budget.reserve(entry.declaredSize);
  if (entry.method === 0) {
    if (packed.length !== entry.declaredSize) throw damaged();
    budget.spend(packed.length);
    yield Buffer.from(packed);
    return;
  }
  if (entry.method !== 8) throw damaged();
  const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
  inflater.end(packed);
  let total = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.declaredSize) throw damaged();
      budget.spend(chunk.length);
      yield chunk;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw damaged();
  } finally {
    inflater.destroy();
  }
  if (total !== entry.declaredSize) throw damaged();
}
