/**
 * The committee paper as a print-ready HTML page (A4, Sarabun from the @fontsource/sarabun files embedded
 * in the page, Thai digits): open it and print, or save it as one self-contained file.
 */
import { readFileSync } from 'node:fs';
import { statusChartSvg } from './chart';
import type { PaperContent, PaperMeta } from './content';
import { CHART_TITLE, overallSentence, paperHeading, SECTIONS } from './narrative';
import { paperTables, type PaperCell, type PaperTable } from './tables';
import { countPctText, thaiDigits, thaiNumber } from './thai-format';
import { fontFile } from '../font-metrics';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

let fontCss: string | undefined;

/** @font-face rules for Sarabun 400/700, Thai and Latin subsets, as data URLs. */
function sarabunFaces(): string {
  fontCss ??= (['thai', 'latin'] as const)
    .flatMap((subset) =>
      ([400, 700] as const).map((weight) => {
        const data = readFileSync(fontFile(subset, weight, 'woff2')).toString('base64');
        const range = subset === 'thai' ? 'U+0E01-0E5B, U+200C-200D, U+25CC' : 'U+0000-00FF, U+2000-206F';
        return `@font-face{font-family:'Sarabun';font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range};}`;
      }),
    )
    .join('\n');
  return fontCss;
}

export function cellText(cell: PaperCell): string {
  switch (cell.t) {
    case 'text':
      return cell.text;
    case 'int':
    case 'pct':
      return thaiNumber(cell.value);
    case 'countPct':
      return countPctText(cell.count, cell.pct);
  }
}

function tableHtml(table: PaperTable, no: number): string {
  const head = table.columns.map((c) => `<th>${escape(c.label).replace(/\n/g, '<br>')}</th>`).join('');
  const body = table.rows
    .map((row) => {
      const cells = row.cells
        .map((cell, i) => {
          const numeric = table.columns[i]?.kind !== 'text' && cell.t !== 'text';
          const tag = i === 0 && table.columns[0]?.kind === 'text' ? 'th' : 'td';
          return `<${tag}${numeric ? ' class="num"' : ''}>${escape(cellText(cell)).replace(/\n/g, '<br>')}</${tag}>`;
        })
        .join('');
      return `<tr${row.total ? ' class="total"' : ''}>${cells}</tr>`;
    })
    .join('\n');
  const caption = `<caption>ตารางที่ ${thaiDigits(no)} ${escape(table.title)}</caption>`;
  if (table.rows.length === 0 && table.empty) {
    return `<table data-table="${table.key}">${caption}</table><p class="empty">${escape(table.empty)}</p>`;
  }
  const units = table.columns.reduce((sum, c) => sum + c.width, 0);
  const cols = table.columns
    .map((c) => `<col style="width:${((c.width / units) * 100).toFixed(1)}%">`)
    .join('');
  return `<table data-table="${table.key}">${caption}<colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const CSS = `
@page { size: A4; margin: 2cm 2cm 2cm 2.5cm; }
* { box-sizing: border-box; }
body { font-family: 'Sarabun', 'Laksaman', sans-serif; font-size: 14pt; line-height: 1.45; color: #111; margin: 0; }
main { max-width: 17cm; margin: 0 auto; padding: 1cm 0; }
@media print { main { padding: 0; max-width: none; } }
header { text-align: center; margin-bottom: 1em; }
header h1 { font-size: 18pt; margin: 0; }
header p { margin: 0.1em 0; }
header .meta { font-size: 12pt; color: #333; }
h2 { font-size: 16pt; margin: 1.2em 0 0.4em; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; font-size: 12pt; break-inside: auto; }
caption { text-align: left; font-weight: 700; padding-bottom: 0.3em; }
th, td { border: 1px solid #555; padding: 0.15em 0.4em; vertical-align: top; text-align: left; }
thead th { background: #e8ecf3; text-align: center; vertical-align: middle; }
td.num { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; }
tr.total th, tr.total td { font-weight: 700; background: #f5f6f8; }
figure { margin: 0.5em 0 1em; break-inside: avoid; }
figcaption { font-weight: 700; }
figure svg { width: 100%; height: auto; }
p.empty { font-style: italic; }
`;

export function renderPaperHtml(content: PaperContent, meta: PaperMeta): string {
  const heading = paperHeading(content, meta);
  const tables = paperTables(content);
  let tableNo = 0;
  const sections = SECTIONS.map((section, i) => {
    const parts: string[] = [`<h2>${thaiDigits(i + 1)}. ${escape(section.title)}</h2>`];
    if ('sentence' in section)
      parts.push(`<p data-testid="overall-sentence">${escape(overallSentence(content))}</p>`);
    const own = tables.filter((t) => (section.tables as readonly string[]).includes(t.key));
    for (const table of own) {
      parts.push(tableHtml(table, ++tableNo));
      if ('chart' in section && table.key === 'byTarget') {
        parts.push(
          `<figure><figcaption>แผนภูมิที่ ๑ ${escape(CHART_TITLE)}</figcaption>${statusChartSvg(content)}</figure>`,
        );
      }
    }
    if (own.length === 0 && 'missing' in section)
      parts.push(`<p class="empty">${escape(section.missing)}</p>`);
    return `<section>${parts.join('\n')}</section>`;
  });
  return `<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>${escape(heading.title)} ${escape(heading.asOf)}</title>
<style>${sarabunFaces()}${CSS}</style></head>
<body><main>
<header><h1>${escape(heading.title)}</h1><p>${escape(heading.committee)}</p><p>${escape(heading.subtitle)}</p>
<p><strong>${escape(heading.asOf)}</strong></p>
<p class="meta">${escape(heading.basis)}</p><p class="meta">${escape(heading.made)}</p>
${heading.scope ? `<p class="meta">${escape(heading.scope)}</p>` : ''}</header>
${sections.join('\n')}
</main></body></html>`;
}
