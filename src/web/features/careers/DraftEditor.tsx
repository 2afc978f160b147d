import { useState } from 'react';
import type { Criterion } from '../../../domain/careers/criteria';
import type { EligibilityView, PathVersionView, PathView } from '../../../shared/api/careers';
import { ApiError, apiRequest } from '../../shared/api/client';
import { useApiData } from '../../shared/api/useApiData';
import { bangkokDateTime } from '../../shared/format/format';
import { useT } from '../../shared/i18n/useT';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Notice } from '../../shared/ui/Notice';
import { criterionText, threshold, withThreshold } from './criteria-text';
import { careerMessages } from './messages';
import { ThaiDateInput } from '../../shared/dates/ThaiDateInput';

/** Replaces the n-th leaf (depth first) of a tree. */
function replaceLeaf(c: Criterion, index: number, value: number): Criterion {
  let i = -1;
  const walk = (x: Criterion): Criterion => {
    if ('of' in x) return { ...x, of: x.of.map(walk) };
    i += 1;
    return i === index ? withThreshold(x, value) : x;
  };
  return walk(c);
}

const leafList = (c: Criterion): Criterion[] => ('of' in c ? c.of.flatMap(leafList) : [c]);

/**
 * The office edits the draft's thresholds (starting one from the version in force), sees the what-if beside
 * the approved version, and approves it from a date.
 */
export function DraftEditor({ path, onSaved }: { path: PathView; onSaved: () => void }) {
  const m = useMessages(careerMessages);
  const { lang } = useT();
  const draft: PathVersionView | undefined = path.versions.find((v) => v.status === 'draft');
  const base = draft ?? path.versions.find((v) => v.status === 'approved');
  const [values, setValues] = useState<Record<number, number>>({});
  const [from, setFrom] = useState(bangkokDateTime(new Date()).date);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState('');
  const whatIf = useApiData<EligibilityView>(draft ? `/api/careers/paths/${path.id}/eligibility` : null, {
    draft: 'true',
  });
  const inForce = useApiData<EligibilityView>(
    path.inForce ? `/api/careers/paths/${path.id}/eligibility` : null,
  );
  if (!base) return null;
  const leaves = leafList(base.criteria);
  const run = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
      setDone(m('saved'));
      setValues({});
      onSaved();
      whatIf.reload();
      inForce.reload();
    } catch (cause) {
      if (cause instanceof ApiError) setError(cause);
      else throw cause;
    }
  };
  const save = () => {
    let criteria = base.criteria;
    for (const [i, v] of Object.entries(values)) criteria = replaceLeaf(criteria, Number(i), v);
    return run(() =>
      apiRequest(`/api/careers/paths/${path.id}/draft`, {
        method: 'PUT',
        body: {
          criteria,
          stages: base.stages,
          profile: base.profile,
          note: base.note,
          version: draft ? draft.version : null,
        },
      }),
    );
  };
  const approve = () =>
    draft &&
    run(() =>
      apiRequest(`/api/careers/paths/${path.id}/approve`, {
        method: 'POST',
        body: { effectiveFrom: from, version: draft.version },
      }),
    );
  return (
    <div className="card" data-testid="draft-editor">
      <h2>{draft ? m('editDraft') : m('startDraft')}</h2>
      {leaves.map((c, i) => {
        const t = threshold(c);
        return t === null ? null : (
          <label key={i} className="threshold">
            {c.ref && <strong>{c.ref} </strong>}
            {criterionText(c, lang)}{' '}
            <input
              type="number"
              min={0}
              value={values[i] ?? t}
              data-testid={`threshold-${c.ref ?? i}`}
              onChange={(e) => setValues({ ...values, [i]: Number(e.target.value) })}
            />
          </label>
        );
      })}
      <p>
        <button type="button" onClick={() => void save()} data-testid="save-draft">
          {m('saveDraft')}
        </button>
      </p>
      {draft && (
        <div className="approve">
          <ThaiDateInput
            value={from}
            onChange={setFrom}
            label={m('approveFrom')}
            testId="approve-from"
            required
          />{' '}
          <button type="button" onClick={() => void approve()} data-testid="approve-draft">
            {m('approve')}
          </button>
        </div>
      )}
      <ErrorNotice error={error} />
      {done && <Notice tone="success">{done}</Notice>}
      {draft && whatIf.data && <WhatIf draft={whatIf.data} approved={inForce.data} />}
    </div>
  );
}

function WhatIf({ draft, approved }: { draft: EligibilityView; approved: EligibilityView | undefined }) {
  const m = useMessages(careerMessages);
  const byCode = new Map((approved?.byUnit ?? []).map((u) => [u.code, u]));
  const codes = [...new Set([...draft.byUnit.map((u) => u.code), ...byCode.keys()])];
  const draftBy = new Map(draft.byUnit.map((u) => [u.code, u]));
  return (
    <div data-testid="what-if">
      <h3>{m('whatIf')}</h3>
      <table className="compact">
        <thead>
          <tr>
            <th scope="col">{m('unit')}</th>
            <th scope="col">{m('approved')}</th>
            <th scope="col">{m('draft')}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-testid="what-if-total">
            <th scope="row">{m('eligibleNow')}</th>
            <td>{approved?.counts.eligible ?? '–'}</td>
            <td>{draft.counts.eligible}</td>
          </tr>
          {codes.map((code) => (
            <tr key={code}>
              <th scope="row">{(draftBy.get(code) ?? byCode.get(code))?.name}</th>
              <td>{byCode.get(code)?.eligible ?? 0}</td>
              <td>{draftBy.get(code)?.eligible ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
