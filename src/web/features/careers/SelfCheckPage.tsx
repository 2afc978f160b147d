import { useState } from 'react';
import type { Criterion } from '../../../domain/careers/criteria';
import type { CriterionResult } from '../../../domain/careers/evaluate';
import type { PathView, SelfCheckView } from '../../../shared/api/careers';
import { useApiData } from '../../shared/api/useApiData';
import { bangkokDateTime } from '../../shared/format/format';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { useT } from '../../shared/i18n/useT';
import { ErrorNotice, Loading, Notice } from '../../shared/ui/Notice';
import { criterionText, duration } from './criteria-text';
import { careerMessages } from './messages';
import { ThaiDateInput } from '../../shared/dates/ThaiDateInput';
import './careers.css';

const today = () => bangkokDateTime(new Date()).date;

/** A staff user's own standing on every path in force, criterion by criterion, with what closes each gap. */
export function SelfCheckPage() {
  const m = useMessages(careerMessages);
  const f = useFormat();
  const [asOf, setAsOf] = useState(today);
  const check = useApiData<SelfCheckView>('/api/careers/self-check', { asOf });
  const c = check.data;
  return (
    <section className="careers" data-testid="career-self-check">
      <h1>{m('selfCheck')}</h1>
      <ThaiDateInput
        value={asOf}
        onChange={(iso) => iso && setAsOf(iso)}
        label={m('asOf')}
        testId="self-check-as-of"
        required
      />
      <ErrorNotice error={check.error} />
      {!c ? (
        <Loading />
      ) : (
        <>
          <p className="muted">
            {c.person.name} · {m('selfIntro')} {f.date(c.asOf)}
          </p>
          {c.paths.length === 0 && <Notice>{m('noPaths')}</Notice>}
          {c.paths.map((p) => (
            <article key={p.path.id} className="card" data-testid={`self-path-${p.path.code}`}>
              <h2>{p.path.name}</h2>
              <p>
                {m('target')}: {p.path.targetTitle} · {m('versionNo', { no: p.versionNo })}
              </p>
              <p className={p.standing === 'not' ? 'not-met' : 'met'} data-testid="standing">
                <strong>{m(`standing_${p.standing}`)}</strong>
              </p>
              {p.exceptions.map((e) => (
                <p key={e.id} data-testid="exception">
                  {m('metByException', { what: e.criterionRef ?? m('wholePath') })}: {e.reason}
                  {e.orderRef && ` · ${m('orderRef')} ${e.orderRef}`}
                  {e.validUntil && ` · ${m('until', { date: f.date(e.validUntil) })}`}
                </p>
              ))}
              <PathResult pathId={p.path.id} versionNo={p.versionNo} result={p.result} />
            </article>
          ))}
        </>
      )}
    </section>
  );
}

/** The result tree beside the version's criteria (for their readable wording). */
function PathResult({
  pathId,
  versionNo,
  result,
}: {
  pathId: number;
  versionNo: number;
  result: CriterionResult;
}) {
  const path = useApiData<PathView>(`/api/careers/paths/${pathId}`);
  const criteria = path.data?.versions.find((v) => v.versionNo === versionNo)?.criteria;
  return <ResultNode r={result} c={criteria} />;
}

function ResultNode({ r, c }: { r: CriterionResult; c: Criterion | undefined }) {
  const m = useMessages(careerMessages);
  const f = useFormat();
  const { lang } = useT();
  const th = lang === 'th';
  const sentence = c ? criterionText(c, lang) : (r.text ?? r.kind);
  const value =
    r.time !== null
      ? th
        ? `${r.time.years} ปี ${r.time.months} เดือน ${r.time.days} วัน`
        : `${r.time.years} y ${r.time.months} m ${r.time.days} d`
      : r.value;
  const gap = r.met || !r.gap ? null : gapText(r.gap);
  function gapText(g: NonNullable<CriterionResult['gap']>): string {
    switch (g.kind) {
      case 'wait':
        return m('gapWait', { date: f.date(g.until) });
      case 'time':
        return m('gapTime');
      case 'units':
        return m('gapUnits', { n: g.missing });
      case 'sections':
        return m('gapSections', { n: g.missing });
      case 'works':
        return m('gapWorks', { n: g.missing });
      case 'course':
        return m('gapCourse', { courses: g.courses.join(', ') });
      case 'competency':
        return m('gapCompetency');
    }
  }
  const required = r.required !== null ? r.required : c?.kind === 'time' ? duration(c.min, lang) : null;
  return (
    <div className="criterion" data-testid={`result-${r.ref ?? r.kind}`} data-met={r.met}>
      <p>
        <span className={r.met ? 'met' : 'not-met'}>
          {r.byException ? `✓ ${m('byException')}` : r.met ? `✓ ${m('met')}` : `✗ ${m('notMet')}`}
        </span>{' '}
        {r.ref && <strong>{r.ref} </strong>}
        {sentence}
      </p>
      {r.children === null && (
        <p className="muted">
          {value !== null && (
            <span data-testid="value">
              {m('value')}: {value}
            </span>
          )}
          {required !== null && (
            <span data-testid="required">
              {' '}
              · {m('required')}: {required}
            </span>
          )}
        </p>
      )}
      {gap && (
        <p data-testid="gap">
          {m('gap')}: {gap}
        </p>
      )}
      {r.children && (
        <ul>
          {r.children.map((x, i) => (
            <li key={i}>
              <ResultNode r={x} c={c && 'of' in c ? c.of[i] : undefined} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
