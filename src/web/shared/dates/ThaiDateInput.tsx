import { useId, useState } from 'react';
import { useFormat } from '../format/useFormat';
import { defineMessages, useMessages } from '../i18n/useMessages';
import { useT } from '../i18n/useT';
import { isoOf, partsOf, type DateParts, type DateProblem } from './thai-date';
import './dates.css';

const messages = defineMessages({
  th: {
    day: 'วันที่',
    month: 'เดือน',
    year: 'ปี พ.ศ.',
    none: '–',
    incomplete: 'เลือกวัน เดือน และกรอกปี พ.ศ. ให้ครบ',
    yearBe: 'ปี พ.ศ. ต้องเป็นตัวเลข ๔ หลัก ระหว่าง ๒๔๔๓ ถึง ๒๗๔๓',
    yearCe: 'ปี ค.ศ. ต้องเป็นตัวเลข ๔ หลัก ระหว่าง ๑๙๐๐ ถึง ๒๒๐๐',
    yearLooksCe: 'กรอกปีเป็น พ.ศ. เช่น {year}',
    impossible: 'ไม่มีวันที่ {date}',
    beforeMin: 'ต้องไม่ก่อน {date}',
    afterMax: 'ต้องไม่หลัง {date}',
  },
  en: {
    day: 'Day',
    month: 'Month',
    year: 'Year (CE)',
    none: '–',
    incomplete: 'Choose the day and month and type the year',
    yearBe: 'The BE year must be 4 digits between 2443 and 2743',
    yearCe: 'The year must be 4 digits between 1900 and 2200',
    yearLooksCe: 'Type the year in BE, e.g. {year}',
    impossible: 'There is no {date}',
    beforeMin: 'Must not be before {date}',
    afterMax: 'Must not be after {date}',
  },
});

export interface ThaiDateInputProps {
  /** An ISO (CE) date, or '' for none. */
  value: string;
  /** Called with the ISO date the parts make, or '' while they are empty, incomplete or impossible. */
  onChange: (iso: string) => void;
  label: string;
  testId: string;
  min?: string;
  max?: string;
  required?: boolean;
  disabled?: boolean;
  hint?: string;
  /** The server's messages for the field, already in the current language. */
  errors?: string[];
  /** In a toolbar: no field spacing around it. */
  inline?: boolean;
}

/**
 * A date as day, month and year: พ.ศ. and Thai month names in Thai, CE in English (decision 0016). Native
 * selects and a text box, so the keyboard works as everywhere; an impossible or out-of-range date is named
 * under the field and never leaves as a value.
 */
export function ThaiDateInput(props: ThaiDateInputProps) {
  const { value, onChange, label, testId, min, max, required, disabled, hint, errors = [], inline } = props;
  const f = useFormat();
  const { lang } = useT();
  const m = useMessages(messages);
  const era: 'be' | 'ce' = lang === 'th' ? 'be' : 'ce';
  const id = useId();
  // `seen` is the value last received: only a new one from outside (or the other language) replaces what
  // is being typed, unless it is what the typing already says. A parent that ignores '' keeps the draft.
  const [draft, setDraft] = useState({ parts: partsOf(value, era), seen: value, era });
  let parts = draft.parts;
  if (draft.seen !== value || draft.era !== era) {
    const current = isoOf(draft.parts, draft.era, { min, max });
    // '' is what this field sends for a date it refuses: the parent taking it must not wipe the typing
    const same = draft.era === era && ('iso' in current ? current.iso === value : value === '');
    parts = same ? draft.parts : partsOf(value, era);
    setDraft({ parts, seen: value, era });
  }
  const result = isoOf(parts, era, { min, max });
  const problem =
    'problem' in result && !(result.problem.kind === 'incomplete' && !required && !parts.year)
      ? describe(result.problem)
      : '';

  function describe(p: DateProblem): string {
    switch (p.kind) {
      case 'incomplete':
        return m('incomplete');
      case 'year':
        return m(p.era === 'be' ? 'yearBe' : 'yearCe');
      case 'yearLooksCe':
        return m('yearLooksCe', { year: f.digits(p.suggestion) });
      case 'impossible':
        return m('impossible', { date: f.digits(`${p.day} ${f.monthName(p.month)} ${p.year}`) });
      case 'beforeMin':
        return m('beforeMin', { date: f.date(p.min) });
      case 'afterMax':
        return m('afterMax', { date: f.date(p.max) });
    }
  }

  const update = (patch: Partial<DateParts>) => {
    const next = { ...parts, ...patch };
    const out = isoOf(next, era, { min, max });
    const iso = 'iso' in out ? out.iso : '';
    setDraft({ parts: next, seen: value, era });
    if (iso !== value) onChange(iso);
  };

  const shown = [...errors, problem].filter(Boolean);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : '', shown.length ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const invalid = shown.length > 0 || undefined;
  const common = { disabled, 'aria-describedby': describedBy, 'aria-invalid': invalid, required };
  return (
    <fieldset
      className={`${inline ? 'thai-date--inline' : 'field'} thai-date${shown.length ? ' field--invalid' : ''}`}
      data-testid={testId}
      data-value={value}
    >
      <legend>{label}</legend>
      <span className="thai-date__parts">
        <select
          {...common}
          aria-label={m('day')}
          value={parts.day}
          onChange={(e) => update({ day: e.target.value })}
          data-testid={`${testId}-day`}
        >
          <option value="">{m('none')}</option>
          {Array.from({ length: 31 }, (_, i) => (
            <option key={i} value={String(i + 1)}>
              {f.digits(i + 1)}
            </option>
          ))}
        </select>
        <select
          {...common}
          aria-label={m('month')}
          value={parts.month}
          onChange={(e) => update({ month: e.target.value })}
          data-testid={`${testId}-month`}
        >
          <option value="">{m('none')}</option>
          {Array.from({ length: 12 }, (_, i) => (
            <option key={i} value={String(i + 1)}>
              {f.monthName(i + 1)}
            </option>
          ))}
        </select>
        <input
          {...common}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          size={5}
          aria-label={m('year')}
          placeholder={era === 'be' ? 'พ.ศ.' : 'CE'}
          value={parts.year}
          onChange={(e) =>
            update({ year: e.target.value.replace(/[^\d๐-๙]/g, '').replace(/[๐-๙]/g, thaiDigit) })
          }
          data-testid={`${testId}-year`}
        />
      </span>
      {hint && (
        <small id={hintId} className="field__hint">
          {hint}
        </small>
      )}
      {shown.length > 0 && (
        <small id={errorId} className="field__error" role="alert" data-testid={`${testId}-error`}>
          {shown.join(' ')}
        </small>
      )}
    </fieldset>
  );
}

const thaiDigit = (d: string) => String(d.charCodeAt(0) - 0x0e50);
