/**
 * A plain-text table for the terminal, Thai-aware: Thai vowel and tone marks above or below a consonant
 * take no column of their own, so widths count the characters that do.
 */
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B]/gu;

export const displayWidth = (text: string) => [...text.replace(ZERO_WIDTH, '')].length;

const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/** Header lines and body rows, right-aligned; a `|` before each column index in `breaks`. */
export function textTable(head: string[][], rows: string[][], breaks: readonly number[] = []): string {
  const all = [...head, ...rows];
  const widths = all[0]!.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) =>
    r.map((cell, i) => `${breaks.includes(i) ? '| ' : ''}${padStart(cell, widths[i]!)}`).join('  ');
  const rule = line(widths.map((w) => '-'.repeat(w)));
  return `${[...head.map(line), rule, ...rows.map(line)].join('\n')}\n`;
}
