/**
 * Files attached to an assignment's progress (issue 13, item 2; migration 0021): a round trip byte for byte
 * with a Thai file name; the type by content; refusals (too large, wrong type, too many, another unit, the
 * committee, staff, a closed assignment, no progress yet) that change nothing; removal; the audit rows
 * (name, size, hash, never the bytes); and the bytes through a backup and restore.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../src/server/backup/dump';
import { restoreDatabase } from '../../src/server/backup/restore';
import type { AssignmentDetail } from '../../src/shared/api/committee';
import { expectApiError } from '../helpers/api-app';
import { createTestDatabase } from '../helpers/test-db';
import {
  as,
  counts,
  detail,
  DOCX,
  EXE,
  form,
  get,
  later,
  newAssignment,
  PDF,
  PNG,
  setUp,
  sha,
  t,
  tearDown,
  THAI_NAME,
  upload,
  type Part,
} from './committee-attachments-fixtures';

beforeAll(setUp, 120_000);
afterAll(tearDown);
describe('attachments on an assignment’s progress', () => {
  let id = 0;
  let a: AssignmentDetail;

  it('the focal point reports progress with a Thai-named PDF and a DOCX; everyone entitled downloads them byte for byte', async () => {
    id = await newAssignment();
    const res = await upload(
      'focal.bhrdi',
      id,
      form(
        ['text', 'จัดทำหลักสูตรแล้ว แนบรายงาน', 'field'],
        ['version', '1', 'field'],
        [THAI_NAME, PDF],
        ['แผน.docx', DOCX],
      ),
    );
    expect(res.statusCode, res.body).toBe(201);
    a = res.json() as AssignmentDetail;
    expect([a.state, a.progress.length, a.version]).toEqual(['progress_reported', 1, 2]);
    expect(
      a.attachments.map((f) => [f.progressId, f.fileName, f.mediaType, f.sizeBytes, f.sha256, f.removable]),
    ).toEqual([
      [a.progress[0]!.id, THAI_NAME, 'application/pdf', PDF.length, sha(PDF), true],
      [
        a.progress[0]!.id,
        'แผน.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        DOCX.length,
        sha(DOCX),
        true,
      ],
    ]);
    for (const who of ['focal.bhrdi', 'approver.bhrdi', 'admin', 'committee']) {
      const pdf = await get(who, `/api/committee/attachments/${a.attachments[0]!.id}`);
      expect(pdf.statusCode, who).toBe(200);
      expect(pdf.rawPayload.equals(PDF), who).toBe(true);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['x-content-type-options']).toBe('nosniff');
      expect(pdf.headers['content-disposition']).toBe(
        'attachment; filename="________ (________ _) ___.pdf"; filename*=UTF-8\'\'' +
          encodeURIComponent(THAI_NAME).replace('(', '%28').replace(')', '%29'),
      );
    }
    const docx = await get('committee', `/api/committee/attachments/${a.attachments[1]!.id}`);
    expect(sha(docx.rawPayload)).toBe(sha(DOCX));
    // The committee and the secretariat read; only the assigned unit may remove.
    const seen = (await get('committee', `/api/committee/assignments/${id}`)).json() as AssignmentDetail;
    expect(seen.attachments.map((f) => [f.fileName, f.removable])).toEqual([
      [THAI_NAME, false],
      ['แผน.docx', false],
    ]);
  });

  it('a PNG goes onto the latest progress entry; a file named .pdf with an image inside is kept as PNG', async () => {
    const res = await upload('approver.bhrdi', id, form(['รูป/../../หน้าจอ.pdf', PNG]));
    expect(res.statusCode, res.body).toBe(201);
    a = res.json() as AssignmentDetail;
    expect(a.progress).toHaveLength(1);
    expect(a.attachments.map((f) => [f.progressId, f.fileName, f.mediaType])).toEqual([
      [a.progress[0]!.id, THAI_NAME, 'application/pdf'],
      [
        a.progress[0]!.id,
        'แผน.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [a.progress[0]!.id, 'หน้าจอ.png', 'image/png'],
    ]);
  });

  it('refusals change nothing: too large, wrong type by content, too many, other unit, committee, staff', async () => {
    const before = await counts();
    const big = await upload(
      'focal.bhrdi',
      id,
      form(['ใหญ่.pdf', Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])]),
    );
    expect(expectApiError(big, 413, 'too_large').message.th).toContain('ใหญ่.pdf');
    const exe = await upload('focal.bhrdi', id, form(['scan.pdf', EXE], ['ok.pdf', PDF]));
    const err = expectApiError(exe, 400, 'invalid_input');
    expect(err.issues?.map((i) => i.en)).toEqual([
      'The file "scan.pdf" is not one of the types that may be attached (PDF, DOCX, XLSX, PNG, JPEG) by its content',
    ]);
    const zip = await upload(
      'focal.bhrdi',
      id,
      form(['งาน.docx', Buffer.from('PK\x03\x04not really a document', 'latin1')]),
    );
    expect(expectApiError(zip, 400, 'invalid_input').issues?.[0]?.th).toContain('งาน.docx');
    // Three on the entry already: three more make six.
    const many = await upload('focal.bhrdi', id, form(['1.pdf', PDF], ['2.pdf', PDF], ['3.pdf', PDF]));
    expect(expectApiError(many, 400, 'invalid_input').message.en).toBe(
      'At most 5 files per progress report (3 there already, 3 more given)',
    );
    const six = await upload(
      'focal.bhrdi',
      id,
      form(...[1, 2, 3, 4, 5, 6].map((n): Part => [`${n}.pdf`, PDF])),
    );
    expectApiError(six, 400, 'invalid_input');
    expectApiError(await upload('focal.pers', id, form(['x.pdf', PDF])), 404, 'not_found');
    expectApiError(await upload('committee', id, form(['x.pdf', PDF])), 403, 'forbidden');
    expectApiError(await upload('staff', id, form(['x.pdf', PDF])), 403, 'forbidden');
    expectApiError(await upload('admin', id, form(['x.pdf', PDF])), 403, 'forbidden');
    const file = a.attachments[0]!.id;
    expectApiError(await get('focal.pers', `/api/committee/attachments/${file}`), 404, 'not_found');
    expectApiError(await get('staff', `/api/committee/attachments/${file}`), 403, 'forbidden');
    expectApiError(await get('staff', `/api/committee/assignments/${id}`), 403, 'forbidden');
    for (const who of ['focal.pers', 'committee', 'staff', 'admin']) {
      const del = await t.app.inject({
        method: 'DELETE',
        url: `/api/committee/attachments/${file}`,
        headers: as(who),
      });
      expect(del.statusCode, who).toBe(who === 'focal.pers' ? 404 : 403);
    }
    expectApiError(await get('focal.bhrdi', '/api/committee/attachments/999999'), 404, 'not_found');
    expect(await counts()).toEqual(before);
  });

  it('without any progress yet, files alone are refused (409); a bad version with files writes nothing', async () => {
    const fresh = await newAssignment();
    const before = await counts();
    expectApiError(await upload('focal.bhrdi', fresh, form(['a.pdf', PDF])), 409, 'conflict');
    const stale = form(['text', 'ความคืบหน้า', 'field'], ['version', '7', 'field'], ['a.pdf', PDF]);
    expectApiError(await upload('focal.bhrdi', fresh, stale), 409, 'conflict');
    const empty = form(['text', '', 'field'], ['version', '1', 'field'], ['a.pdf', PDF]);
    expectApiError(await upload('focal.bhrdi', fresh, empty), 400, 'invalid_input');
    expect(await counts()).toEqual(before);
  });

  it('the unit removes one while open; audit rows carry name, size and hash, never the bytes', async () => {
    const gone = a.attachments[2]!;
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/committee/attachments/${gone.id}`,
      headers: as('approver.bhrdi'),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as AssignmentDetail).attachments.map((f) => f.fileName)).toEqual([
      THAI_NAME,
      'แผน.docx',
    ]);
    expectApiError(await get('admin', `/api/committee/attachments/${gone.id}`), 404, 'not_found');
    const { rows } = await t.db.query<{ action: string; entity_id: string; before: unknown; after: unknown }>(
      "select action, entity_id, before, after from audit_event where entity = 'committee_attachment' order by id",
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'create', 'create', 'delete']);
    expect(rows[0]!.after).toEqual({
      assignment_id: id,
      progress_id: a.progress[0]!.id,
      file_name: THAI_NAME,
      media_type: 'application/pdf',
      size_bytes: PDF.length,
      sha256: sha(PDF),
    });
    expect(rows[3]!).toMatchObject({ entity_id: String(gone.id), after: null });
    expect(rows[3]!.before).toMatchObject({
      file_name: 'หน้าจอ.png',
      size_bytes: PNG.length,
      sha256: sha(PNG),
    });
  });

  it('once closed at a meeting, the files stay readable but can neither be added nor removed', async () => {
    const propose = form(
      ['text', 'เสร็จแล้ว เสนอปิดเรื่อง', 'field'],
      ['proposesClosing', 'true', 'field'],
      ['version', String(a.version), 'field'],
      ['สรุป.pdf', PDF],
    );
    const proposed = await upload('focal.bhrdi', id, propose);
    expect(proposed.statusCode, proposed.body).toBe(201);
    const p = proposed.json() as AssignmentDetail;
    expect([p.state, p.progress.length, p.attachments.length]).toEqual(['closing_proposed', 2, 3]);
    const close = await t.app.inject({
      method: 'POST',
      url: `/api/committee/assignments/${id}/close`,
      headers: as('admin'),
      payload: { meetingId: later, version: p.version },
    });
    expect(close.statusCode, close.body).toBe(200);
    const before = await counts();
    expectApiError(await upload('focal.bhrdi', id, form(['x.pdf', PDF])), 409, 'conflict');
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/committee/attachments/${p.attachments[0]!.id}`,
      headers: as('focal.bhrdi'),
    });
    expectApiError(del, 409, 'conflict');
    expect(await counts()).toEqual(before);
    expect((await detail(id)).attachments.every((f) => !f.removable)).toBe(true);
    expect(
      (await get('focal.bhrdi', `/api/committee/attachments/${p.attachments[2]!.id}`)).rawPayload.equals(PDF),
    ).toBe(true);
  });

  it('the bytes survive a backup and restore exactly', async () => {
    const lines: string[] = [];
    await dumpDatabase(t.db, async (line) => {
      lines.push(line);
    });
    const target = await createTestDatabase();
    try {
      await restoreDatabase(
        target,
        (async function* () {
          yield* lines;
        })(),
      );
      const q =
        "select id, sha256, encode(sha256(content), 'hex') as actual from committee_attachment order by id";
      const want = (await t.db.query(q)).rows;
      expect(want).toHaveLength(3);
      expect((await target.query(q)).rows).toEqual(want);
      for (const r of want as { sha256: string; actual: string }[]) expect(r.actual).toBe(r.sha256);
    } finally {
      await target.close();
    }
  });
});
