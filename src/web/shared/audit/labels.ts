import { useCallback } from 'react';
import { PROJECT_STATUSES, type ProjectStatus } from '../../../domain/monitoring';
import { ROLES } from '../../../shared/limits';
import { useFormat } from '../format/useFormat';
import type { MessageKey } from '../i18n/dictionary.th';
import { useMessages } from '../i18n/useMessages';
import { useT } from '../i18n/useT';
import { auditMessages, type AuditMessageKey } from './messages';
import { fieldWordKey, valueWordKey } from './word-keys';

/** Fields whose value is a unit id: shown as the unit's name. */
const UNIT_FIELDS = new Set([
  'owner_unit_id',
  'unit_id',
  'unitId',
  'successor_id',
  'merged_unit_ids',
  'action_unit_id',
]);
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Labels of audit actions, entities, fields and values in the current language; unknown ones as stored. */
export function useAuditLabels(unitNames?: ReadonlyMap<number, string>) {
  const m = useMessages(auditMessages);
  const { t } = useT();
  const fmt = useFormat();
  const known = useCallback(
    (key: string, fallback: string) => (key in auditMessages.th ? m(key as AuditMessageKey) : fallback),
    [m],
  );
  const fieldName = useCallback(
    (field: string) => {
      const key = fieldWordKey(field);
      return key === undefined ? field : m(key as AuditMessageKey);
    },
    [m],
  );
  /** A stored value's word: this entity's, then the field's, then any field's (problem 'closed' ≠ unit 'closed'). */
  const word = useCallback(
    (entity: string | undefined, field: string, raw: string): string | undefined => {
      const key = valueWordKey(entity, field, raw);
      return key === undefined ? undefined : m(key as AuditMessageKey);
    },
    [m],
  );
  function show(field: string, raw: unknown, entity?: string): string {
    if (raw === null || raw === undefined || raw === '') return m('empty');
    if (typeof raw === 'boolean') return raw ? m('yes') : m('no');
    if (UNIT_FIELDS.has(field)) {
      const ids = Array.isArray(raw) ? raw : [raw];
      return ids
        .map((id) => {
          const name = typeof id === 'number' ? unitNames?.get(id) : undefined;
          return name ? `${name} (${fmt.digits(String(id))})` : fmt.digits(String(id));
        })
        .join(', ');
    }
    if (field === 'role' && typeof raw === 'string' && (ROLES as readonly string[]).includes(raw)) {
      return t(`role.${raw}` as MessageKey);
    }
    const own = typeof raw === 'string' ? word(entity, field, raw) : undefined;
    if (own !== undefined) return own;
    if (
      field === 'status' &&
      typeof raw === 'string' &&
      (PROJECT_STATUSES as readonly string[]).includes(raw)
    ) {
      return fmt.status(raw as ProjectStatus);
    }
    if (typeof raw === 'string') {
      if (TIMESTAMP.test(raw) && !Number.isNaN(Date.parse(raw))) return fmt.dateTime(raw);
      if (DATE.test(raw)) return fmt.date(raw);
    }
    // Nested records (a reminder's recipient, a key result's actuals): words, not JSON.
    if (Array.isArray(raw)) return raw.map((item) => show(field, item, entity)).join(', ');
    if (typeof raw === 'object') {
      return Object.entries(raw as Record<string, unknown>)
        .map(([key, inner]) => `${fieldName(key)}: ${show(key, inner, entity)}`)
        .join('; ');
    }
    return fmt.digits(String(raw));
  }
  return {
    m,
    action: (action: string) => known(`action.${action}`, action),
    entity: (entity: string) => known(`entity.${entity}`, entity),
    field: fieldName,
    value: show,
  };
}
