import { useState } from 'react';
import { LIMITS } from '../../../../shared/limits';
import type { ImportResult } from '../../../../shared/api/monitoring/plans';
import type { Bilingual, FieldIssue } from '../../../../shared/messages';
import { ApiError, apiRequest } from '../../../shared/api/client';

export type ImportKind = 'plan' | 'reports';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'checking' | 'importing'; result?: ImportResult }
  /** A dry run passed: what would be written, waiting for confirmation. */
  | { phase: 'checked'; result: ImportResult }
  | { phase: 'failed'; message: Bilingual; issues: FieldIssue[]; dryRun: boolean }
  | { phase: 'done'; result: ImportResult };

const TOO_LARGE: Bilingual = {
  th: `ไฟล์ใหญ่เกิน ${LIMITS.uploadBytes / 1024 / 1024} MB`,
  en: `the file is larger than ${LIMITS.uploadBytes / 1024 / 1024} MB`,
};
const WRONG_TYPE: Bilingual = { th: 'รับเฉพาะไฟล์ CSV หรือ XLSX', en: 'only CSV or XLSX files' };
const HAS_ISSUES: Bilingual = {
  th: 'ไฟล์มีข้อผิดพลาด ยังไม่ได้นำเข้าข้อมูลใด ๆ',
  en: 'the file has errors; nothing was imported',
};

function isImportResult(body: unknown): body is ImportResult {
  return typeof body === 'object' && body !== null && 'issues' in body && 'ok' in body;
}

/** Upload with a dry run first (`?dryRun=true`), then the same file again once confirmed. */
export function useImport() {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  async function send(kind: ImportKind, file: File, dryRun: boolean) {
    if (!/\.(csv|xlsx)$/i.test(file.name)) {
      setState({ phase: 'failed', message: WRONG_TYPE, issues: [], dryRun });
      return;
    }
    if (file.size > LIMITS.uploadBytes) {
      setState({ phase: 'failed', message: TOO_LARGE, issues: [], dryRun });
      return;
    }
    setState((previous) => ({
      phase: dryRun ? 'checking' : 'importing',
      result: 'result' in previous ? previous.result : undefined,
    }));
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const result = await apiRequest<ImportResult>(`/api/imports/${kind}`, {
        method: 'POST',
        body: form,
        query: dryRun ? { dryRun: 'true' } : undefined,
      });
      if (!result.ok) setState({ phase: 'failed', message: HAS_ISSUES, issues: result.issues, dryRun });
      else setState({ phase: dryRun ? 'checked' : 'done', result });
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      const issues =
        cause.issues.length > 0 ? cause.issues : isImportResult(cause.body) ? cause.body.issues : [];
      setState({ phase: 'failed', message: cause.bilingual, issues, dryRun });
    }
  }

  return {
    state,
    check: (kind: ImportKind, file: File) => send(kind, file, true),
    confirm: (kind: ImportKind, file: File) => send(kind, file, false),
    reset: () => setState({ phase: 'idle' }),
  };
}
