import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ResultInput, ResultUpdate, type ProjectResultView } from '../../../shared/api/development';
import { apiRequest } from '../../shared/api/client';
import { useApiData } from '../../shared/api/useApiData';
import { useApiForm } from '../../shared/forms/useApiForm';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Loading, Notice } from '../../shared/ui/Notice';
import { TextField } from '../../shared/ui/InputField';
import { resultsMessages } from './results-messages';
import './development.css';

const FIELDS = [
  'actualStart',
  'actualEnd',
  'participants',
  'passed',
  'spentOrdinance',
  'spentOther',
  'evaluationScore',
  'lessons',
] as const;
type Fields = Record<(typeof FIELDS)[number], string>;

function initial(v: ProjectResultView): Fields {
  const r = v.result;
  return {
    actualStart: r?.actualStart ?? v.project.startDate ?? '',
    actualEnd: r?.actualEnd ?? v.project.endDate ?? '',
    participants: String(r?.participants ?? v.project.plannedParticipants),
    passed: r?.passed == null ? '' : String(r.passed),
    spentOrdinance: r?.spentOrdinance ?? '0',
    spentOther: r?.spentOther ?? '0',
    evaluationScore: r?.evaluationScore == null ? '' : String(r.evaluationScore),
    lessons: r?.lessons ?? '',
  };
}

const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));
const optional = (s: string) => (s.trim() === '' ? null : Number(s));

/** A development project's result on form สพข. ๒: its due date and state; the form for whoever may file it. */
export function ProjectResultPage() {
  const m = useMessages(resultsMessages);
  const f = useFormat();
  const id = Number(useParams().id);
  const { data, error, loading, reload } = useApiData<ProjectResultView>(
    `/api/development/projects/${id}/result`,
  );
  const form = useApiForm();
  const [fields, setFields] = useState<Fields>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (data) setFields(initial(data));
  }, [data]);

  const submit = async () => {
    if (!data || !fields) return;
    const body = {
      ...fields,
      participants: num(fields.participants),
      passed: optional(fields.passed),
      evaluationScore: optional(fields.evaluationScore),
      lessons: fields.lessons.trim() === '' ? null : fields.lessons,
      ...(data.result ? { version: data.result.version } : {}),
    };
    const url = `/api/development/projects/${id}/result`;
    const method = data.result ? 'PUT' : 'POST';
    const done = await form.send(data.result ? ResultUpdate : ResultInput, body, (b) =>
      apiRequest<ProjectResultView>(url, { method, body: b }),
    );
    if (done) {
      setSaved(true);
      reload();
    }
  };

  return (
    <section className="development" data-testid="project-result">
      <h1>{m('result')}</h1>
      <ErrorNotice error={error} />
      {loading && !data && <Loading />}
      {data && (
        <>
          <h2>
            {data.project.code} {data.project.name}
          </h2>
          <dl className="development-totals">
            <div>
              <dt>{m('agency')}</dt>
              <dd>{data.project.unitName}</dd>
            </div>
            <div>
              <dt>{m('end')}</dt>
              <dd>{data.project.endDate ? f.date(data.project.endDate) : m('none')}</dd>
            </div>
            <div>
              <dt>{m('due')}</dt>
              <dd data-testid="result-due">{data.dueOn ? f.date(data.dueOn) : m('none')}</dd>
            </div>
            <div>
              <dt>{m('state')}</dt>
              <dd data-testid="result-state" data-state={data.state}>
                {m(data.state)}
              </dd>
            </div>
          </dl>
          {data.result && (
            <p data-testid="result-filed">
              {m('filedBy', { date: f.date(data.result.filedOn), who: data.result.filedBy ?? '—' })}
            </p>
          )}
          <p>{m('planned', { n: f.number(data.project.plannedParticipants) })}</p>
          {saved && <Notice tone="success">{m('saved')}</Notice>}
          <ErrorNotice error={form.failure} testId="result-error" />
          {!data.canFile && <Notice>{m('readOnly')}</Notice>}
          {data.canFile && fields && (
            <form
              className="result-form"
              onSubmit={(e) => {
                e.preventDefault();
                void submit();
              }}
            >
              {FIELDS.map((key) => (
                <TextField
                  key={key}
                  label={m(key)}
                  errors={form.errors[key]}
                  value={fields[key]}
                  onChange={(value) => setFields({ ...fields, [key]: value })}
                  testId={`result-${key}`}
                />
              ))}
              <div>
                <button type="submit" disabled={form.busy} data-testid="result-submit">
                  {data.result ? m('refile') : m('file')}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </section>
  );
}
