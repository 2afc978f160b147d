import { useEffect, useRef, useState, type FormEvent } from 'react';
import { fiscalYearPeriods, formatPeriod } from '../../../../domain';
import { KR_GRANULARITIES, type KrGranularity } from '../../../../domain/monitoring/key-results';
import {
  KeyResultActualInput,
  type KeyResultActualView,
  type KeyResultView,
} from '../../../../shared/api/monitoring/key-results';
import { ApiError, apiRequest } from '../../../shared/api/client';
import { schemaFieldErrors, serverFieldErrors, type FieldErrors } from '../../../shared/forms/fieldErrors';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { useT } from '../../../shared/i18n/useT';
import { Field } from '../../../shared/ui/Field';
import { ErrorNotice, Notice, TableScroll } from '../../../shared/ui/Notice';
import { decimalText, krPeriodText } from './format';
import { krMessages } from './messages';

interface Fields {
  granularity: KrGranularity;
  period: string;
  value: string;
  source: string;
  comment: string;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The actuals of one key result: the list in time order with achievement, and the form to add or edit one. */
export function ActualsEditor({
  keyResult,
  onChanged,
  onClose,
}: {
  keyResult: KeyResultView;
  /** Something was saved (or someone else saved first): the page reloads. */
  onChanged: () => void;
  onClose: () => void;
}) {
  const m = useMessages(krMessages);
  const { lang } = useT();
  const fmt = useFormat();
  const months = fiscalYearPeriods(keyResult.fiscalYear).map(formatPeriod);
  const quarters = [1, 2, 3, 4].map((q) => `${keyResult.fiscalYear}-Q${q}`);
  const blank = (granularity: KrGranularity = 'month'): Fields => ({
    granularity,
    period: '',
    value: '',
    source: '',
    comment: '',
  });
  const [editing, setEditing] = useState<KeyResultActualView | null>(null);
  const [fields, setFields] = useState<Fields>(blank());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError>();
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const quarter = (vars: { q: string; year: string }) => m('quarter', vars);
  const kr = fmt.digits(m('krLabel', { target: keyResult.targetNo, no: keyResult.no }));

  useEffect(() => heading.current?.focus(), []);

  const set = (key: keyof Fields) => (value: string) =>
    setFields((f) => ({ ...f, [key]: value, ...(key === 'granularity' ? { period: '' } : {}) }));

  const startEdit = (actual: KeyResultActualView) => {
    setEditing(actual);
    setErrors({});
    setFailure(undefined);
    setFields({
      granularity: actual.granularity,
      period: actual.period,
      value: actual.value,
      source: actual.source ?? '',
      comment: actual.comment ?? '',
    });
  };

  const reset = () => {
    setEditing(null);
    setFields(blank(fields.granularity));
    setErrors({});
  };

  const failed = (cause: unknown) => {
    if (cause instanceof ApiError && cause.status === 409) {
      setConflict(true);
      reset();
      onChanged();
    } else if (cause instanceof ApiError) {
      setErrors(serverFieldErrors(cause.issues, lang));
      setFailure(cause);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setConflict(false);
    const body = {
      granularity: fields.granularity,
      period: fields.period,
      value: fields.value.trim(),
      source: orNull(fields.source),
      comment: orNull(fields.comment),
    };
    const parsed = KeyResultActualInput.safeParse(body);
    if (!parsed.success) {
      setErrors(schemaFieldErrors(parsed.error.issues, lang));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      if (editing) {
        await apiRequest(`/api/key-result-actuals/${editing.id}`, {
          method: 'PATCH',
          body: { ...body, version: editing.version },
        });
      } else {
        await apiRequest(`/api/key-results/${keyResult.id}/actuals`, { method: 'POST', body });
      }
      reset();
      onChanged();
    } catch (cause) {
      failed(cause);
    } finally {
      setSaving(false);
    }
  };

  const remove = async (actual: KeyResultActualView) => {
    const period = krPeriodText(fmt, actual.granularity, actual.period, quarter);
    if (!window.confirm(m('confirmDeleteActual', { period }))) return;
    try {
      await apiRequest(`/api/key-result-actuals/${actual.id}`, {
        method: 'DELETE',
        query: { version: actual.version },
      });
      if (editing?.id === actual.id) reset();
      onChanged();
    } catch (cause) {
      failed(cause);
    }
  };

  const periods = fields.granularity === 'quarter' ? quarters : months;

  return (
    <section className="kr-panel" data-testid="kr-actuals" aria-labelledby="kr-actuals-heading">
      <h3 id="kr-actuals-heading" ref={heading} tabIndex={-1}>
        {m('actualsTitle', { kr })}
      </h3>
      <p className="kr-panel__what">{keyResult.indicator}</p>
      {conflict && <Notice tone="warning">{m('conflict')}</Notice>}
      <ErrorNotice error={failure} />
      {keyResult.actuals.length === 0 ? (
        <p className="empty">{m('noActuals')}</p>
      ) : (
        <TableScroll label={m('actualsCaption')}>
          <table className="data-table kr-actuals-table">
            <caption>{m('actualsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{m('colPeriod')}</th>
                <th scope="col" className="num">
                  {m('colValue')}
                </th>
                <th scope="col" className="num">
                  {m('colAchievement')}
                </th>
                <th scope="col" className="num">
                  {m('colUncapped')}
                </th>
                <th scope="col">{m('colSource')}</th>
                <th scope="col">{m('colComment')}</th>
                <th scope="col">{m('colRecordedBy')}</th>
                <th scope="col">{m('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {keyResult.actuals.map((a) => (
                <tr key={a.id} data-period={a.period}>
                  <th scope="row" className="nowrap">
                    {krPeriodText(fmt, a.granularity, a.period, quarter)}
                  </th>
                  <td className="num">{decimalText(fmt, a.value)}</td>
                  <td className="num">{decimalText(fmt, a.cappedPct)}</td>
                  <td className="num">{decimalText(fmt, a.pct)}</td>
                  <td>{a.source ?? '–'}</td>
                  <td>{a.comment ?? '–'}</td>
                  <td className="nowrap">
                    {a.recordedBy}
                    <span className="kr-table__meta">{fmt.dateTime(a.updatedAt)}</span>
                  </td>
                  <td className="nowrap">
                    <button type="button" className="button kr-button-small" onClick={() => startEdit(a)}>
                      {m('edit')}
                    </button>{' '}
                    <button type="button" className="button kr-button-small" onClick={() => void remove(a)}>
                      {m('delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <form onSubmit={submit} noValidate data-testid="kr-actual-form">
        <h4>
          {editing
            ? m('editActual', { period: krPeriodText(fmt, editing.granularity, editing.period, quarter) })
            : m('addActual')}
        </h4>
        <div className="kr-form__grid">
          <Field label={m('fieldGranularity')} errors={errors.granularity}>
            {({ id, describedBy }) => (
              <select
                id={id}
                value={fields.granularity}
                aria-describedby={describedBy}
                onChange={(e) => set('granularity')(e.target.value)}
                data-testid="kr-actual-granularity"
              >
                {KR_GRANULARITIES.map((g) => (
                  <option key={g} value={g}>
                    {m(`granularity.${g}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={m('fieldPeriod')} errors={errors.period}>
            {({ id, describedBy, invalid }) => (
              <select
                id={id}
                value={fields.period}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(e) => set('period')(e.target.value)}
                data-testid="kr-actual-period"
              >
                <option value="">–</option>
                {periods.map((p) => (
                  <option key={p} value={p}>
                    {krPeriodText(fmt, fields.granularity, p, quarter)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={m('fieldValue')} errors={errors.value}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                inputMode="decimal"
                value={fields.value}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(e) => set('value')(e.target.value)}
                data-testid="kr-actual-value"
              />
            )}
          </Field>
          <Field label={m('fieldSource')} errors={errors.source} wide>
            {({ id, describedBy }) => (
              <input
                id={id}
                value={fields.source}
                aria-describedby={describedBy}
                onChange={(e) => set('source')(e.target.value)}
              />
            )}
          </Field>
          <Field label={m('fieldComment')} errors={errors.comment} wide>
            {({ id, describedBy }) => (
              <input
                id={id}
                value={fields.comment}
                aria-describedby={describedBy}
                onChange={(e) => set('comment')(e.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="kr-panel__buttons">
          <button
            type="submit"
            className="button button--primary"
            disabled={saving}
            data-testid="kr-actual-save"
          >
            {m('save')}
          </button>
          {editing && (
            <button type="button" className="button" onClick={reset}>
              {m('cancel')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {m('close')}
          </button>
        </div>
      </form>
    </section>
  );
}
