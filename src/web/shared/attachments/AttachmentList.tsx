/**
 * Attached files as a list (kernel: the committee's progress files and monitoring's evidence): each file's
 * name as a download link, its type, size, who attached it and when (พ.ศ.); removed after an inline
 * confirmation that takes the focus and gives it back, the result said in a live region.
 */
import { useEffect, useRef, useState } from 'react';
import { useApiForm } from '../forms/useApiForm';
import { useFormat } from '../format/useFormat';
import { useT } from '../i18n/useT';
import { ErrorNotice } from '../ui/Notice';
import { fileSizeText, typeLabel, uploadedAtText } from './files';
import './attachments.css';

/** What every module's attachment view has in common. */
export interface AttachedFile {
  id: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedBy: string;
  /** Bangkok time, YYYY-MM-DDTHH:MM:SS. */
  uploadedAt: string;
}

interface Props<F extends AttachedFile> {
  files: readonly F[];
  /** The list's accessible name. */
  label: string;
  /** Where the file downloads from. */
  href: (file: F) => string;
  /** Whether this file offers "remove" now. */
  removable: (file: F) => boolean;
  /** Removes the file (the request); the caller refreshes what it shows. A refusal throws an ApiError. */
  onRemove?: (file: F) => Promise<unknown>;
  /** Said when there is no file (nothing rendered when absent). */
  emptyText?: string;
  testId?: string;
}

export function AttachmentList<F extends AttachedFile>({
  files,
  label,
  href,
  removable,
  onRemove,
  emptyText,
  testId = 'attachment-list',
}: Props<F>) {
  const { t } = useT();
  const fmt = useFormat();
  const form = useApiForm();
  const [confirming, setConfirming] = useState<number | null>(null);
  const [said, setSaid] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const backTo = useRef<number | null>(null);

  useEffect(() => {
    if (confirming !== null) confirmButton.current?.focus();
    else if (backTo.current !== null) {
      box.current?.querySelector<HTMLButtonElement>(`[data-remove="${backTo.current}"]`)?.focus();
      backTo.current = null;
    }
  }, [confirming]);

  if (files.length === 0 && !emptyText && !said && !form.failure) return null;

  const remove = async (file: F) => {
    if (!onRemove) return;
    const done = await form.run(async () => {
      await onRemove(file);
      return true;
    });
    setConfirming(null);
    if (done) {
      setSaid(t('attachments.removed', { name: file.fileName }));
      box.current?.focus(); // the row is gone: the list keeps the focus
    } else backTo.current = file.id;
  };

  return (
    <div className="attachment-box" ref={box} tabIndex={-1} data-testid={`${testId}-box`}>
      <ErrorNotice error={form.failure} />
      <p className="attachments__said" role="status" aria-live="polite" data-testid={`${testId}-said`}>
        {said}
      </p>
      {files.length === 0 ? (
        emptyText && (
          <p className="muted" data-testid={`${testId}-empty`}>
            {emptyText}
          </p>
        )
      ) : (
        <ul className="attachments" data-testid={testId} aria-label={label}>
          {files.map((f) => (
            <li key={f.id} data-testid={`attachment-${f.id}`} data-name={f.fileName}>
              <a href={href(f)} download={f.fileName} className="attachments__name">
                {f.fileName}
              </a>{' '}
              <span className="muted attachments__meta">
                {typeLabel(f.mediaType)} · {fileSizeText(f.sizeBytes, fmt, t)} ·{' '}
                {t('attachments.by', { who: f.uploadedBy, when: uploadedAtText(f.uploadedAt, fmt, t) })}
              </span>
              {onRemove && removable(f) && confirming !== f.id && (
                <button
                  type="button"
                  className="button button--quiet attachments__remove"
                  aria-label={t('attachments.removeLabel', { name: f.fileName })}
                  data-remove={f.id}
                  data-testid={`attachment-remove-${f.id}`}
                  onClick={() => {
                    setSaid('');
                    form.setFailure(undefined);
                    setConfirming(f.id);
                  }}
                >
                  {t('attachments.remove')}
                </button>
              )}
              {confirming === f.id && (
                <span className="attachments__confirm" role="group" aria-labelledby={`confirm-${f.id}`}>
                  <span id={`confirm-${f.id}`}>{t('attachments.confirm', { name: f.fileName })}</span>{' '}
                  <button
                    type="button"
                    ref={confirmButton}
                    className="button attachments__danger"
                    disabled={form.busy}
                    onClick={() => void remove(f)}
                    data-testid={`attachment-confirm-${f.id}`}
                  >
                    {t('attachments.confirmYes')}
                  </button>{' '}
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      backTo.current = f.id;
                      setConfirming(null);
                    }}
                    data-testid={`attachment-keep-${f.id}`}
                  >
                    {t('attachments.confirmNo')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
