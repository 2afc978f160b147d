/**
 * Word files turned into PDF by LibreOffice and their text read back with pdftotext, in `dir`: Sarabun drawn
 * with Laksaman (a Thai face Debian has) through a fontconfig of the test's own, and a LibreOffice profile
 * of its own so that parallel runs never share one. Every render test converts through here.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
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
