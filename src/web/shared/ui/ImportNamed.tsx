import { useFormat } from '../format/useFormat';
import { defineMessages, useMessages } from '../i18n/useMessages';

const messages = defineMessages({
  th: {
    created: 'จะเพิ่มใหม่',
    updated: 'จะแก้ไข',
    removed: 'จะลบ',
    createdDone: 'เพิ่มใหม่',
    updatedDone: 'แก้ไข',
    removedDone: 'ลบ',
    more: 'และอีก {count} รายการ',
  },
  en: {
    created: 'Would be created',
    updated: 'Would be updated',
    removed: 'Would be removed',
    createdDone: 'Created',
    updatedDone: 'Updated',
    removedDone: 'Removed',
    more: 'and {count} more',
  },
});

export type NamedChange = 'created' | 'updated' | 'removed';

/**
 * What an import wrote (a dry run: would write) by the records' codes (issue 14 item 17): for each change with a
 * count, the first codes the answer names, then "and N more".
 */
export function ImportNamed({
  dryRun,
  changes,
  testId,
}: {
  dryRun: boolean;
  changes: readonly { change: NamedChange; codes: readonly string[]; count: number }[];
  testId: string;
}) {
  const m = useMessages(messages);
  const fmt = useFormat();
  const shown = changes.filter((c) => c.count > 0);
  if (shown.length === 0) return null;
  return (
    <dl className="import-named" data-testid={testId}>
      {shown.map(({ change, codes, count }) => (
        <div key={change} data-testid={`${testId}-${change}`}>
          <dt>{m(dryRun ? change : (`${change}Done` as const))}</dt>
          <dd>
            {codes.join(', ')}
            {count > codes.length && ` ${m('more', { count: fmt.number(count - codes.length, 0) })}`}
          </dd>
        </div>
      ))}
    </dl>
  );
}
