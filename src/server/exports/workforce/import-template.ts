/**
 * The template of a workforce file (GET /api/workforce/imports/:kind/template.xlsx), built by the kernel's import
 * template (exports/import-template.ts): one example row, and a drop-down list of the Thai names for every column
 * that takes a code, from a second sheet "รหัส" listing codes and names.
 */
import { COLUMNS, type WorkforceKind } from '../../import/workforce/columns';
import { importTemplate as buildTemplate } from '../import-template';

export function importTemplate(kind: WorkforceKind): Promise<Buffer> {
  const columns = COLUMNS[kind];
  const byKey = new Map(columns.map((c) => [c.key, c]));
  return buildTemplate({
    columns,
    listsSheet: 'รหัส',
    examples: [columns.map((c) => c.example)],
    listOf: (c) => {
      const codes = byKey.get(c.key)?.codes;
      return codes ? Object.values(codes) : null;
    },
    listError: (c) =>
      `เลือกจากรายการ / choose from the list (${Object.keys(byKey.get(c.key)?.codes ?? {}).join(', ')})`,
  });
}
