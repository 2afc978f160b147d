/**
 * The parts of an XLSX needed to read its first sheet, each parsed as a stream of XML events: the workbook
 * (which sheet is first, the 1904 date system), the number formats of the cell styles, and the shared strings.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { AppError } from '../errors';
import type { Pace } from './table-builder';
import { damaged, inflateEntry, type UnzipBudget, type ZipEntry } from './zip-entries';

export interface XlsxFile {
  data: Uint8Array;
  entries: Map<string, ZipEntry>;
  budget: UnzipBudget;
  pace: Pace;
}

/** Element names without their namespace prefix (`x:row` is `row`). */
export const local = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Text saxes holds before handing it over: a cell holds at most 32,767 characters, so a longer run of text
 * (a megabyte of blanks between two tags, say) is a hostile file, refused before it fills the memory.
 */
const MAX_PENDING_TEXT = 1024 * 1024;
const pendingText = (parser: SaxesParser) => (parser as unknown as { text?: string }).text?.length ?? 0;

/** Runs an XML part through a parser set up by `listen`, inflating and parsing it 64 KB at a time. */
export async function parsePart(
  file: XlsxFile,
  path: string,
  listen: (parser: SaxesParser) => void,
): Promise<boolean> {
  const entry = file.entries.get(path);
  if (!entry) return false;
  const parser = new SaxesParser();
  listen(parser);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of inflateEntry(file.data, entry, file.budget)) {
      parser.write(decoder.decode(chunk, { stream: true }));
      if (pendingText(parser) > MAX_PENDING_TEXT) throw damaged();
      await file.pace.tick();
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw damaged();
  }
  return true;
}

/** Excel escapes characters XML cannot hold as `_xHHHH_` (a carriage return is `_x000D_`). */
export const unescapeExcel = (text: string) =>
  text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

export interface WorkbookInfo {
  sheetPath: string;
  sharedStringsPath: string;
  stylesPath: string;
  date1904: boolean;
}

export async function readWorkbook(file: XlsxFile): Promise<WorkbookInfo> {
  let firstSheetId: string | null = null;
  let date1904 = false;
  const found = await parsePart(file, 'xl/workbook.xml', (p) =>
    p.on('opentag', (tag: SaxesTagPlain) => {
      const name = local(tag.name);
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(tag.attributes.date1904 ?? '');
      if (name === 'sheet' && firstSheetId === null) {
        const id = Object.entries(tag.attributes).find(([k]) => local(k) === 'id');
        firstSheetId = id?.[1] ?? '';
      }
    }),
  );
  if (!found) throw damaged();
  if (firstSheetId === null) {
    const en = 'the workbook has no sheet';
    const th = 'ไฟล์ไม่มีแผ่นงาน';
    throw new AppError('invalid_input', { th, en }, [{ field: 'file', th, en }]);
  }
  const targets = new Map<string, string>();
  let sharedStringsPath = 'xl/sharedStrings.xml';
  let stylesPath = 'xl/styles.xml';
  await parsePart(file, 'xl/_rels/workbook.xml.rels', (p) =>
    p.on('opentag', (tag: SaxesTagPlain) => {
      if (local(tag.name) !== 'Relationship') return;
      const { Id: id, Target: target, Type: type = '' } = tag.attributes;
      if (!id || !target) return;
      targets.set(id, resolveTarget(target));
      if (type.endsWith('/sharedStrings')) sharedStringsPath = resolveTarget(target);
      if (type.endsWith('/styles')) stylesPath = resolveTarget(target);
    }),
  );
  const sheetPath = targets.get(firstSheetId) ?? 'xl/worksheets/sheet1.xml';
  if (!file.entries.has(sheetPath)) throw damaged();
  return { sheetPath, sharedStringsPath, stylesPath, date1904 };
}

export type CellKind = 'general' | 'percent' | 'date';

const BUILT_IN_PERCENT = new Set([9, 10, 67, 68]);
const isBuiltInDate = (id: number) =>
  (id >= 14 && id <= 22) ||
  (id >= 27 && id <= 36) ||
  (id >= 45 && id <= 47) ||
  (id >= 50 && id <= 58) ||
  (id >= 71 && id <= 81);

/** What a format code shows, judged outside quoted text, `[…]` sections and escaped characters. */
export function formatKind(code: string): CellKind {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  if (bare.includes('%')) return 'percent';
  return /[ymdhMsb]/.test(bare) ? 'date' : 'general';
}

/** The kind of each cell style (`s="3"` is the fourth), from the number format it applies. */
export async function readStyles(file: XlsxFile, path: string): Promise<CellKind[]> {
  const codes = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  await parsePart(file, path, (p) => {
    p.on('opentag', (tag: SaxesTagPlain) => {
      const name = local(tag.name);
      if (name === 'numFmt') codes.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(tag.attributes.numFmtId ?? 0));
    });
    p.on('closetag', (tag: SaxesTagPlain) => {
      if (local(tag.name) === 'cellXfs') inCellXfs = false;
    });
  });
  return formatIds.map((id) => {
    const code = codes.get(id);
    if (code !== undefined) return formatKind(code);
    if (BUILT_IN_PERCENT.has(id)) return 'percent';
    return isBuiltInDate(id) ? 'date' : 'general';
  });
}

/** The shared strings: each `<si>` is the text of its `<t>` runs, phonetic guides (`<rPh>`) left out. */
export async function readSharedStrings(file: XlsxFile, path: string): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let inPhonetic = false;
  await parsePart(file, path, (p) => {
    p.on('opentag', (tag: SaxesTagPlain) => {
      const name = local(tag.name);
      if (name === 'si') current = [];
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) inText = true;
    });
    p.on('text', (text: string) => {
      if (inText && current) current.push(text);
    });
    p.on('cdata', (text: string) => {
      if (inText && current) current.push(text);
    });
    p.on('closetag', (tag: SaxesTagPlain) => {
      const name = local(tag.name);
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si' && current) {
        strings.push(unescapeExcel(current.join('')));
        current = null;
      }
    });
  });
  return strings;
}
