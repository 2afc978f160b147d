import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  KR_DIRECTIONS,
  keyResultSpecProblems,
  type KrDirection,
} from '../../../../domain/monitoring/key-results';
import {
  KeyResultCreate,
  KeyResultUpdate,
  type KeyResultView,
} from '../../../../shared/api/monitoring/key-results';
import { ApiError, apiRequest } from '../../../shared/api/client';
import { schemaFieldErrors, serverFieldErrors, type FieldErrors } from '../../../shared/forms/fieldErrors';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { useT } from '../../../shared/i18n/useT';
import { Field } from '../../../shared/ui/Field';
import { ErrorNotice, Notice } from '../../../shared/ui/Notice';
import { directionText } from './format';
import { krMessages } from './messages';

interface Fields {
  no: string;
  indicator: string;
  unit: string;
  direction: KrDirection;
  baseline: string;
  target: string;
  rangeLow: string;
  rangeHigh: string;
  note: string;
}

const empty = (no: string): Fields => ({
  no,
  indicator: '',
  unit: '',
  direction: 'higher_is_better',
  baseline: '',
  target: '',
  rangeLow: '',
  rangeHigh: '',
  note: '',
});

const fieldsOf = (kr: KeyResultView): Fields => ({
  no: kr.no,
  indicator: kr.indicator,
  unit: kr.unit ?? '',
  direction: kr.direction,
  baseline: kr.baseline ?? '',
  target: kr.target ?? '',
  rangeLow: kr.rangeLow ?? '',
  rangeHigh: kr.rangeHigh ?? '',
  note: kr.note ?? '',
});

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Creates a key result of a target (planCode, targetNo, fiscalYear) or edits one (keyResult). */
export function KeyResultForm({
  planCode,
  targetNo,
  fiscalYear,
  keyResult,
  nextNo,
  onSaved,
  onReload,
  onCancel,
}: {
  planCode: string;
  targetNo: string;
  fiscalYear: number;
  keyResult?: KeyResultView;
  nextNo: string;
  /** Saved: the page reloads and closes the form. */
  onSaved: () => void;
  /** Someone else saved first: the page reloads, the form stays open with the latest version. */
  onReload: () => void;
  onCancel: () => void;
}) {
  const m = useMessages(krMessages);
  const { lang } = useT();
  const fmt = useFormat();
  const [fields, setFields] = useState<Fields>(() => (keyResult ? fieldsOf(keyResult) : empty(nextNo)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError>();
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const set = (key: keyof Fields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const isRange = fields.direction === 'range';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const common = {
      no: fields.no.trim(),
      indicator: fields.indicator,
      unit: orNull(fields.unit),
      direction: fields.direction,
      baseline: orNull(fields.baseline),
      target: isRange ? null : orNull(fields.target),
      rangeLow: isRange ? orNull(fields.rangeLow) : null,
      rangeHigh: isRange ? orNull(fields.rangeHigh) : null,
      note: orNull(fields.note),
    };
    const body = keyResult ? { ...common, version: keyResult.version } : { ...common, targetNo, fiscalYear };
    const parsed = keyResult ? KeyResultUpdate.safeParse(body) : KeyResultCreate.safeParse(body);
    const found: FieldErrors = parsed.success ? {} : schemaFieldErrors(parsed.error.issues, lang);
    if (parsed.success) {
      for (const p of keyResultSpecProblems({
        direction: common.direction,
        baseline: common.baseline,
        target: common.target,
        rangeLow: common.rangeLow,
        rangeHigh: common.rangeHigh,
      })) {
        (found[p.field] ??= []).push(p[lang]);
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await apiRequest(
        keyResult
          ? `/api/key-results/${keyResult.id}`
          : `/api/plans/${encodeURIComponent(planCode)}/key-results`,
        { method: keyResult ? 'PATCH' : 'POST', body },
      );
      onSaved();
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 409) {
        setConflict(true);
        onReload();
      } else if (cause instanceof ApiError) {
        setErrors(serverFieldErrors(cause.issues, lang));
        setFailure(cause);
      }
    } finally {
      setSaving(false);
    }
  };

  const text = (
    key: keyof Fields,
    label: string,
    options: { hint?: string; wide?: boolean; numeric?: boolean } = {},
  ) => (
    <Field label={label} errors={errors[key]} hint={options.hint} wide={options.wide}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          value={fields[key]}
          onChange={(e) => set(key)(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          inputMode={options.numeric ? 'decimal' : undefined}
          data-testid={`kr-field-${key}`}
        />
      )}
    </Field>
  );

  return (
    <form className="kr-panel" onSubmit={submit} noValidate data-testid="kr-form">
      <h3 ref={heading} tabIndex={-1}>
        {keyResult
          ? m('formEdit', { kr: fmt.digits(m('krLabel', { target: targetNo, no: keyResult.no })) })
          : fmt.digits(m('formNew', { no: targetNo, year: fiscalYear }))}
      </h3>
      {conflict && <Notice tone="warning">{m('conflict')}</Notice>}
      <ErrorNotice error={failure} />
      <div className="kr-form__grid">
        {text('no', m('fieldNo'))}
        {text('indicator', m('fieldIndicator'), { wide: true })}
        {text('unit', m('fieldUnit'))}
        <Field label={m('fieldDirection')} errors={errors.direction}>
          {({ id, describedBy }) => (
            <select
              id={id}
              value={fields.direction}
              aria-describedby={describedBy}
              onChange={(e) => set('direction')(e.target.value)}
              data-testid="kr-field-direction"
            >
              {KR_DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {directionText(lang, d)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('baseline', m('fieldBaseline'), {
          numeric: true,
          hint: isRange ? m('baselineRangeHint') : undefined,
        })}
        {isRange ? (
          <>
            {text('rangeLow', m('fieldLow'), { numeric: true })}
            {text('rangeHigh', m('fieldHigh'), { numeric: true })}
          </>
        ) : (
          text('target', m('fieldTarget'), { numeric: true })
        )}
        {text('note', m('fieldNote'), { wide: true })}
      </div>
      {isRange && <p className="muted">{m('rangeRule')}</p>}
      <div className="kr-panel__buttons">
        <button type="submit" className="button button--primary" disabled={saving} data-testid="kr-save">
          {m('save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {m('cancel')}
        </button>
      </div>
    </form>
  );
}
