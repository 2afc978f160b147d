/**
 * A labelled file input that attaches each chosen file in its own request, one after another (the server
 * takes one file per request), each with its own progress and result in a live region; focus stays on the
 * input. A file over the size limit is refused here in the server's words; the server decides the type by
 * content and the count, and its refusal is shown with the file's name.
 */
import { useId, useRef, useState } from 'react';
import type { FileMediaType } from '../../../domain/attachment-file';
import { LIMITS } from '../../../shared/limits';
import { ApiError } from '../api/client';
import { uploadFile } from '../api/upload';
import { pick, useT } from '../i18n/useT';
import { acceptFor, typeLabels } from './files';
import './attachments.css';

type UploadState = 'waiting' | 'sending' | 'done' | 'refused';
interface Upload {
  key: number;
  name: string;
  state: UploadState;
  progress: number;
  why: string;
}

interface Props<R> {
  /** Where each file is POSTed (multipart `file`). */
  url: string;
  types: readonly FileMediaType[];
  /** At most this many files in all (shown in the hint; the server enforces it). */
  max: number;
  /** One file was attached: the server's answer. */
  onUploaded: (answer: R) => void;
  testId?: string;
}

const MB = LIMITS.attachmentBytes / 1024 / 1024;

/** The server's refusal in the reader's language: its field messages (they name the file), else its message. */
function refusalText(error: ApiError, lang: 'th' | 'en'): string {
  const issues = error.issues.map((i) => pick(i, lang)).filter(Boolean);
  return issues.length > 0 ? issues.join(' ') : pick(error.bilingual, lang);
}

export function FileUploader<R>({ url, types, max, onUploaded, testId = 'evidence' }: Props<R>) {
  const { t, lang } = useT();
  const id = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const nextKey = useRef(0);

  const update = (key: number, change: Partial<Upload>) =>
    setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const send = async (key: number, file: File) => {
    if (file.size > LIMITS.attachmentBytes) {
      update(key, { state: 'refused', why: t('attachments.tooLarge', { name: file.name, mb: MB }) });
      return;
    }
    update(key, { state: 'sending' });
    try {
      const answer = await uploadFile<R>(url, file, (progress) => update(key, { progress }));
      update(key, { state: 'done', progress: 1 });
      onUploaded(answer);
    } catch (cause) {
      const error =
        cause instanceof ApiError
          ? cause
          : new ApiError(0, 'internal', { th: String(cause), en: String(cause) });
      update(key, { state: 'refused', why: refusalText(error, lang) });
    }
  };

  const choose = (event: React.ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = ''; // the same file may be chosen again; the input keeps the focus
    const added = files.map((file) => ({ file, key: nextKey.current++ }));
    setUploads((all) => [
      ...all.filter((u) => u.state === 'waiting' || u.state === 'sending'),
      ...added.map(({ file, key }) => ({
        key,
        name: file.name,
        state: 'waiting' as const,
        progress: 0,
        why: '',
      })),
    ]);
    for (const { file, key } of added) chain.current = chain.current.then(() => send(key, file));
  };

  const line = (u: Upload) => {
    if (u.state === 'waiting') return t('attachments.waiting', { name: u.name });
    if (u.state === 'sending') return t('attachments.sending', { name: u.name });
    if (u.state === 'done') return t('attachments.done', { name: u.name });
    return t('attachments.refused', { name: u.name, why: u.why });
  };

  return (
    <div className="attachment-upload">
      <label htmlFor={id}>{t('attachments.choose')}</label>
      <input
        id={id}
        type="file"
        multiple
        accept={acceptFor(types)}
        aria-describedby={`${id}-hint`}
        onChange={choose}
        data-testid={`${testId}-input`}
      />
      <small className="muted" id={`${id}-hint`}>
        {t('attachments.hint', { types: typeLabels(types), mb: MB, max })}
      </small>
      <div role="status" aria-live="polite" aria-label={t('attachments.results')}>
        {uploads.length > 0 && (
          <ul className="attachment-results" data-testid={`${testId}-results`}>
            {uploads.map((u) => (
              <li key={u.key} data-state={u.state} data-name={u.name}>
                {line(u)}
                {u.state === 'sending' && (
                  <progress
                    value={u.progress}
                    max={1}
                    aria-label={t('attachments.sending', { name: u.name })}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
