/**
 * A Word file turned into PDF by LibreOffice and its text read back with pdftotext, in `dir`: Sarabun drawn
 * with Laksaman (a Thai face Debian has) through a fontconfig of the test's own, and a LibreOffice profile
 * of its own so that parallel runs never share one.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text of `dir/<name>.docx` once converted to `dir/<name>.pdf`. */
export async function pdfTextOfDocx(dir: string, name: string): Promise<string> {
  await writeFile(
    join(dir, 'fonts.conf'),
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>Sarabun</family><prefer><family>Laksaman</family></prefer></alias>
  <cachedir>${join(dir, 'fc-cache')}</cachedir></fontconfig>`,
  );
  const env = { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf'), HOME: dir };
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, `${name}.docx`),
    ],
    { env, timeout: 150_000 },
  );
  return (await run('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, `${name}.pdf`), '-'], { env })).stdout;
}
