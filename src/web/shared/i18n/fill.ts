/**
 * Fills a message's placeholders: `{name}` takes the value of `vars.name`; `{name:one|other}` takes the word
 * for that number ("1 project", "2 projects": English needs it, Thai does not inflect). The value may be a
 * number or a formatted one ("1,250", Thai digits). A placeholder with no value is left as written.
 */
export function fillMessage(template: string, vars?: Record<string, string | number>): string {
  return template.replace(
    /\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      if (!vars || !(name in vars)) return whole;
      const value = vars[name]!;
      if (one === undefined) return String(value);
      return isOne(value) ? one : (other ?? '');
    },
  );
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

function isOne(value: string | number): boolean {
  if (typeof value === 'number') return value === 1;
  const arabic = value.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d))).replace(/[,\s]/g, '');
  return Number(arabic) === 1;
}
