/**
 * The career-path file (docs/career-path-file.md): export → import → identical, an existing path gets a
 * new draft, bad files are refused whole naming the path and field, and only the central office imports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PathFile, PathFileImportResult, PathView } from '../../src/shared/api/careers';
import { changeHeaders, createTestApp, expectApiError, type TestApp } from '../helpers/api-app';

let t: TestApp;
let admin = '';
let focal = '';
let viewer = '';

beforeAll(async () => {
  t = await createTestApp({ workforce: false });
  admin = await t.login('admin');
  focal = await t.login('focal.bhrdi');
  viewer = await t.login('committee');
});
afterAll(async () => {
  await t?.close();
});

async function upload(text: string, cookie: string) {
  const body = new FormData();
  body.append('file', new Blob([text]), 'paths.json');
  const request = new Request('http://x/', { method: 'POST', body });
  return t.app.inject({
    method: 'POST',
    url: '/api/careers/path-file',
    headers: { ...changeHeaders(cookie), 'content-type': request.headers.get('content-type')! },
    payload: Buffer.from(await request.arrayBuffer()),
  });
}

const exportFile = async (code?: string, cookie = admin) => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/careers/path-file${code ? `?code=${code}` : ''}`,
    headers: { cookie },
  });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return { file: res.json() as PathFile, disposition: res.headers['content-disposition'] };
};

const send = (method: 'POST' | 'PUT', url: string, payload: object) =>
  t.app.inject({ method, url, headers: changeHeaders(admin), payload });

const count = async (sql: string, params: unknown[] = []) =>
  (await t.db.query<{ n: number }>(`select count(*)::int as n from ${sql}`, params)).rows[0]!.n;

const PROFILE = {
  duties: ['บริหารงานสำนักงานเขต'],
  natureOfWork: ['บริหาร'],
  competencies: { core: ['มุ่งผลสัมฤทธิ์'], executive: ['วิสัยทัศน์'], specific: ['การบริหารชุมชน'] },
  selectionCriteria: ['ผ่านหลักสูตร'],
  developmentRoute: ['หมุนเวียนงาน 3 ฝ่าย'],
  rankingRule: 'สอบ 60 ข้อเสนอ 40 เรียงคะแนน 5 คนแรก',
};
const SECTIONS = { kind: 'sections_overseen', ref: 'RT-S', countBy: 'kind', min: 7, countActing: false };

describe('the career-path file', () => {
  let original: PathFile;

  it('exports a path with its approved version and draft: stages, job profile, criteria', async () => {
    const made = await send('POST', '/api/careers/paths', {
      code: 'RT-1',
      name: 'เส้นทางทดสอบไปกลับ',
      targetTitle: 'ผู้อำนวยการเขต',
      origin: 'district',
      criteria: { kind: 'all', of: [SECTIONS, { kind: 'evidenced_work', ref: 'RT-W', min: 1 }] },
      stages: [{ title: 'ผู้ช่วยผู้อำนวยการเขต', unitKind: 'district', minYears: 2 }],
      profile: PROFILE,
    });
    expect(made.statusCode, made.body).toBe(201);
    const path = made.json() as PathView;
    const ok = await send('POST', `/api/careers/paths/${path.id}/approve`, {
      effectiveFrom: '2024-01-01',
      version: path.versions[0]!.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const drafted = await send('PUT', `/api/careers/paths/${path.id}/draft`, {
      criteria: { ...SECTIONS, min: 6 },
      stages: [],
      version: null,
    });
    expect(drafted.statusCode, drafted.body).toBe(200);
    const { file, disposition } = await exportFile('RT-1');
    expect(disposition).toBe('attachment; filename="career-paths-RT-1.json"');
    original = file;
    expect(file.format).toBe('tidtam-career-paths');
    expect(file.paths).toHaveLength(1);
    const [v1, v2] = file.paths[0]!.versions;
    expect([v1!.versionNo, v1!.status, v1!.effectiveFrom, v1!.approvedBy]).toEqual([
      1,
      'approved',
      '2024-01-01',
      'admin',
    ]);
    expect(v1!.profile).toEqual(PROFILE);
    expect([v2!.versionNo, v2!.status, v2!.effectiveFrom]).toEqual([2, 'draft', null]);
    expect(v2!.criteria).toEqual({ ...SECTIONS, min: 6 });
    // All paths: the demo's 17 and this one, sorted by code; the committee may export too (not personal).
    const all = await exportFile(undefined, viewer);
    expect(all.file.paths).toHaveLength(18);
    expect(all.disposition).toBe('attachment; filename="career-paths.json"');
  });

  it('round trip: the path removed, the file imported, the export is identical', async () => {
    await t.db.query(`delete from career_path where code = 'RT-1'`);
    const res = await upload(JSON.stringify(original), admin);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ paths: 1, created: ['RT-1'], drafted: [] } satisfies PathFileImportResult);
    const again = (await exportFile('RT-1')).file;
    expect({ ...again, exportedAt: null }).toEqual({ ...original, exportedAt: null });
    expect(await count(`audit_event where action = 'import' and entity like 'career_path%'`)).toBe(3);
  });

  it('an existing path: its draft takes the newest version; once approved, a new draft (version 3)', async () => {
    const first = await upload(JSON.stringify(original), admin);
    expect(first.json()).toEqual({ paths: 1, created: [], drafted: [{ code: 'RT-1', versionNo: 2 }] });
    const id = (await t.db.query<{ id: number }>(`select id from career_path where code = 'RT-1'`)).rows[0]!
      .id;
    const draft = (
      await t.db.query<{ version: number }>(
        `select version from career_path_version where path_id = $1 and status = 'draft'`,
        [id],
      )
    ).rows[0]!;
    expect(
      (
        await send('POST', `/api/careers/paths/${id}/approve`, {
          effectiveFrom: '2025-01-01',
          version: draft.version,
        })
      ).statusCode,
    ).toBe(200);
    const second = await upload(JSON.stringify(original), admin);
    expect(second.json()).toEqual({ paths: 1, created: [], drafted: [{ code: 'RT-1', versionNo: 3 }] });
    const v3 = (
      await t.db.query<{ criteria: unknown; status: string }>(
        `select criteria, status from career_path_version where path_id = $1 and version_no = 3`,
        [id],
      )
    ).rows[0]!;
    expect(v3).toEqual({ criteria: { ...SECTIONS, min: 6 }, status: 'draft' });
  });

  it('bad files are refused whole, naming the path and the field in Thai and English', async () => {
    const good = { ...original.paths[0]!, code: 'OK-NEW' };
    const bad = {
      ...original.paths[0]!,
      code: 'BAD-2',
      versions: [{ ...original.paths[0]!.versions[0]!, criteria: { ...SECTIONS, min: 0 } }],
    };
    const res = await upload(JSON.stringify({ ...original, paths: [good, bad] }), admin);
    const error = expectApiError(res, 400, 'invalid_input');
    expect(error.issues).toEqual([
      {
        field: 'paths[1].versions[0].criteria.min',
        th: 'เส้นทาง BAD-2: ต้องไม่น้อยกว่า 1',
        en: 'path BAD-2: must be at least 1',
      },
    ]);
    expect(await count(`career_path where code in ('OK-NEW', 'BAD-2')`)).toBe(0);

    const notJson = expectApiError(await upload('{"format": ', admin), 400, 'invalid_input');
    expect(notJson.issues![0]!.field).toBe('file');
    const twice = expectApiError(
      await upload(JSON.stringify({ ...original, paths: [good, good] }), admin),
      400,
      'invalid_input',
    );
    expect(twice.issues).toEqual([
      {
        field: 'paths[1].code',
        th: 'เส้นทาง OK-NEW: รหัสเส้นทาง OK-NEW ซ้ำในไฟล์',
        en: 'path OK-NEW: path code OK-NEW appears twice in the file',
      },
    ]);
    const twoDrafts = { ...good, versions: [{ ...good.versions[1]!, versionNo: 1 }, good.versions[1]!] };
    const drafts = expectApiError(
      await upload(JSON.stringify({ ...original, paths: [twoDrafts] }), admin),
      400,
      'invalid_input',
    );
    expect(drafts.issues!.map((i) => i.en)).toEqual(['path OK-NEW: at most one draft']);
    const wrong = expectApiError(
      await upload(JSON.stringify({ ...original, format: 'other' }), admin),
      400,
      'invalid_input',
    );
    expect(wrong.issues![0]!.field).toBe('format');
    expect(await count(`career_path where code = 'OK-NEW'`)).toBe(0);
  });

  it('only the central office imports (403 before the file is read); an unknown code exports 404', async () => {
    expectApiError(await upload(JSON.stringify(original), focal), 403, 'forbidden');
    expectApiError(await upload(JSON.stringify(original), viewer), 403, 'forbidden');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/careers/path-file?code=NOPE',
      headers: { cookie: admin },
    });
    expectApiError(res, 404, 'not_found');
  });
});
