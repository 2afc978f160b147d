/**
 * Files attached to an assignment's progress (issue 13, item 2): listed under the report that brought them,
 * with size and a download link (the shared AttachmentList); removed by the assigned unit while the
 * assignment is open; more attached onto the latest report. The server decides the type by content; the
 * browser checks count and size first.
 */
import { useState } from 'react';
import type { AssignmentDetail, AttachmentView } from '../../../shared/api/committee';
import { LIMITS } from '../../../shared/limits';
import { ATTACHMENT_MEDIA_TYPES } from '../../../domain/committee/attachment-file';
import { apiRequest } from '../../shared/api/client';
import { AttachmentList } from '../../shared/attachments/AttachmentList';
import { acceptFor } from '../../shared/attachments/files';
import { useMessages } from '../../shared/i18n/useMessages';
import { useApiForm } from '../../shared/forms/useApiForm';
import { ErrorNotice } from '../../shared/ui/Notice';
import { committeeMessages } from './messages';

export const ACCEPT = acceptFor(ATTACHMENT_MEDIA_TYPES);

/** The browser's own check before sending: a refusal as the server would word it, or null. */
export function checkChosen(
  files: readonly File[],
  existing: number,
  m: (k: 'tooLarge' | 'tooMany', v?: Record<string, string>) => string,
) {
  if (existing + files.length > LIMITS.attachmentsPerEntry) return m('tooMany');
  const big = files.find((f) => f.size > LIMITS.attachmentBytes);
  return big ? m('tooLarge', { name: big.name }) : null;
}

export function filesForm(files: readonly File[], fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) form.append('file', f, f.name);
  return form;
}

/** A progress report's files (the shared list: type, size, who and when; removal confirmed first). */
export function FileList({ files, onChanged }: { files: AttachmentView[]; onChanged: () => void }) {
  const m = useMessages(committeeMessages);
  return (
    <AttachmentList
      files={files}
      label={m('files')}
      href={(f) => `/api/committee/attachments/${f.id}`}
      removable={(f) => f.removable}
      onRemove={async (f) => {
        await apiRequest(`/api/committee/attachments/${f.id}`, { method: 'DELETE' });
        onChanged();
      }}
    />
  );
}

/** More files onto the latest progress report (the server refuses when there is none). */
export function AttachMore({ a, onSaved }: { a: AssignmentDetail; onSaved: () => void }) {
  const m = useMessages(committeeMessages);
  const form = useApiForm();
  const [files, setFiles] = useState<File[]>([]);
  const [local, setLocal] = useState<string | null>(null);
  const latest = a.progress[a.progress.length - 1];
  if (!latest) return null;
  const existing = a.attachments.filter((f) => f.progressId === latest.id).length;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const refusal = checkChosen(files, existing, m);
    setLocal(refusal);
    if (refusal || files.length === 0) return;
    const body = filesForm(files);
    const saved = await form.run(() =>
      apiRequest(`/api/committee/assignments/${a.id}/attachments`, { method: 'POST', body }),
    );
    if (saved) {
      setFiles([]);
      onSaved();
    }
  };
  return (
    <form className="committee-form" onSubmit={submit}>
      <ErrorNotice error={form.failure} />
      {local && (
        <p role="alert" className="error">
          {local}
        </p>
      )}
      <label>
        {m('attach')}
        <input
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
          data-testid="attach-files"
        />
      </label>
      <small className="muted">{m('filesHint')}</small>
      <button type="submit" disabled={form.busy || files.length === 0} data-testid="attach-send">
        {m('attachButton')}
      </button>
    </form>
  );
}
