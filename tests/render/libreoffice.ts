/**
 * Word files turned into PDF by LibreOffice and their text read back with pdftotext, in `dir`: Sarabun drawn
 * with Laksaman (a Thai face Debian has) through a fontconfig of the test's own, and a LibreOffice profile
 * of its own so that parallel runs never share one. Every render test converts through here.
 *
 * The profile sets Tools ▸ Options ▸ Language Settings ▸ Complex Text Layout ▸ Numerals to "Context", the
 * setting a Thai office's LibreOffice needs for the page numbers (decision 0028): LibreOffice then draws the
 * digits of Thai-language text as ๑, ๒ … pdftotext still reads back the characters the document holds (a
 * page number "2" drawn as ๒ reads "2"), so the drawn page numbers are compared as pictures with those of
 * the same file whose footer holds the Thai digits as text (pageNumbersDrawnThai).
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The environment of the conversion and of the poppler tools: the private fontconfig and HOME. */
export async function renderEnv(dir: string): Promise<NodeJS.ProcessEnv> {
  await writeFile(
    join(dir, 'fonts.conf'),
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>Sarabun</family><prefer><family>Laksaman</family></prefer></alias>
  <cachedir>${join(dir, 'fc-cache')}</cachedir></fontconfig>`,
  );
  return { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf'), HOME: dir };
}

/** `dir/<name>.docx` → `dir/<name>.pdf` for each name, in one LibreOffice run. */
export async function convertDocx(dir: string, names: readonly string[]): Promise<void> {
  const env = await renderEnv(dir);
  const profile = join(dir, 'lo-profile');
  await mkdir(join(profile, 'user'), { recursive: true });
  await writeFile(
    join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/I18N/CTL"><prop oor:name="CTLFont" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/I18N/CTL"><prop oor:name="CTLTextNumerals" oor:op="fuse"><value>3</value></prop></item>
</oor:items>`,
  );
  await run(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...names.map((name) => join(dir, `${name}.docx`)),
    ],
    { env, timeout: 150_000 },
  );
}

/** The text of `dir/<name>.pdf`, pages ended by a form feed. */
export async function pdfText(dir: string, name: string): Promise<string> {
  const env = await renderEnv(dir);
  return (await run('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, `${name}.pdf`), '-'], { env })).stdout;
}

/** The text of `dir/<name>.docx` once converted to `dir/<name>.pdf`. */
export async function pdfTextOfDocx(dir: string, name: string): Promise<string> {
  await convertDocx(dir, [name]);
  return pdfText(dir, name);
}

const FOOTER = /^-\s?([0-9๐-๙]+)\s?-$/;

/**
 * The page number at each page's foot ("- ๒ -" gives "๒"), page by page (pdftotext ends a page with a form
 * feed); null for a page without one.
 */
export function footerNumbers(text: string): (string | null)[] {
  const pages = text.split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages.map((page) => {
    const found = page
      .split('\n')
      .map((line) => FOOTER.exec(line.trim()))
      .filter((m) => m !== null);
    return found.length ? found[found.length - 1]![1]! : null;
  });
}

/** The page numbers a paper of `pages` pages should print: ๑, ๒, … */
export const thaiPageNumbers = (pages: number): string[] =>
  Array.from({ length: pages }, (_, i) => String(i + 1).replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!));

/** The text without its page numbers: what the "no Arabic digit" checks read. */
export const withoutFooters = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !FOOTER.test(line.trim()))
    .join('\n');

/**
 * A copy of a paper whose footer holds `text` ("- ๒ -") as plain text instead of the PAGE field, in the
 * footer's own run properties (less its language when `thai` is false).
 */
export async function withStaticFooter(docx: Buffer, text: string, thai = true): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const name = Object.keys(zip.files).find((f) => /^word\/footer\d+\.xml$/.test(f))!;
  const xml = await zip.file(name)!.async('string');
  const own = /<w:rPr>.*?<\/w:rPr>/.exec(xml)![0];
  const rPr = thai ? own : own.replace(/<w:lang [^>]*\/>/, '');
  const paragraph = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  zip.file(name, xml.replace(/<w:p>.*<\/w:p>/s, paragraph));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The foot of page `page` of `dir/<name>.pdf` (below the text area) drawn at 100 dpi, as RGB bytes. */
async function footBand(dir: string, name: string, page: number): Promise<Buffer> {
  const out = join(dir, `${name}-foot-${page}`);
  // A4 at 100 dpi is 827 × 1169 px; the bottom margin (2 cm) is the last 79 px, the footer sits within it.
  await run('pdftoppm', [
    ...['-r', '100', '-f', String(page), '-l', String(page)],
    ...['-x', '0', '-y', '1090', '-W', '827', '-H', '79', '-singlefile'],
    join(dir, `${name}.pdf`),
    out,
  ]);
  return readFile(`${out}.ppm`);
}

/**
 * The pages among `pages` of `dir/<name>.docx` whose page number LibreOffice did not draw in Thai digits:
 * a page passes when its foot is the very picture of the same file's with its number in Thai as text
 * ("- ๒ -"), which differs from that of "- 2 -" in a run of no language. Converts those copies beside it,
 * in one LibreOffice run.
 */
export async function pagesNotDrawnThai(
  dir: string,
  name: string,
  pages: readonly number[],
): Promise<number[]> {
  const docx = await readFile(join(dir, `${name}.docx`));
  const thai = thaiPageNumbers(Math.max(...pages));
  const copies: string[] = [];
  for (const page of pages) {
    await writeFile(
      join(dir, `${name}-th${page}.docx`),
      await withStaticFooter(docx, `- ${thai[page - 1]} -`),
    );
    await writeFile(join(dir, `${name}-ar${page}.docx`), await withStaticFooter(docx, `- ${page} -`, false));
    copies.push(`${name}-th${page}`, `${name}-ar${page}`);
  }
  await convertDocx(dir, copies);
  const failed: number[] = [];
  for (const page of pages) {
    const [drawn, asThai, asArabic] = await Promise.all([
      footBand(dir, name, page),
      footBand(dir, `${name}-th${page}`, page),
      footBand(dir, `${name}-ar${page}`, page),
    ]);
    if (asThai.equals(asArabic) || !drawn.equals(asThai)) failed.push(page);
  }
  return failed;
}
