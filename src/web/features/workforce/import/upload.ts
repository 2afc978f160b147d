import type { WorkforceImportKind, WorkforceImportResult } from '../../../../shared/api/workforce/imports';
import { ApiError } from '../../../shared/api/client';

/**
 * POSTs the file with XMLHttpRequest (fetch reports no upload progress), calling onProgress with 0–100 as
 * the bytes go up; resolves with the server's answer or rejects with its bilingual error.
 */
export function uploadWorkforceFile(
  kind: WorkforceImportKind,
  file: File,
  dryRun: boolean,
  onProgress: (pct: number) => void,
): Promise<WorkforceImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/workforce/imports/${kind}?dryRun=${dryRun}`);
    xhr.setRequestHeader('x-tidtam-csrf', '1');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'unavailable', { th: 'ติดต่อเซิร์ฟเวอร์ไม่ได้', en: 'could not reach the server' }));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as WorkforceImportResult);
      const error = (body as { error?: ErrorBody } | undefined)?.error;
      // Row errors come as 400 with every issue: shown as the result's error list, nothing written.
      if (error?.issues && error.issues.length > 0) {
        const issues = error.issues.map((i) => ({ row: i.row, column: i.field ?? '', th: i.th, en: i.en }));
        return resolve({
          kind,
          dryRun,
          rows: 0,
          created: 0,
          updated: 0,
          unchanged: 0,
          removed: 0,
          named: { created: [], updated: [], removed: [] },
          issues,
          moreIssues: 0,
        });
      }
      reject(
        new ApiError(
          xhr.status,
          error?.code ?? 'internal',
          error?.message ?? { th: `เกิดข้อผิดพลาด (${xhr.status})`, en: `request failed (${xhr.status})` },
        ),
      );
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

interface ErrorBody {
  code: string;
  message: { th: string; en: string };
  issues?: { row?: number; field?: string; th: string; en: string }[];
}

const cell = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The error list as CSV (UTF-8 with a BOM so Excel reads Thai), built in the browser. */
export function issuesCsv(result: WorkforceImportResult): string {
  const lines = [['row', 'column', 'th', 'en'].join(',')];
  for (const i of result.issues) lines.push([String(i.row ?? ''), i.column, i.th, i.en].map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
