/**
 * The committee module's papers as a person sees them: the demo's "เรื่องสืบเนื่อง" section for meeting
 * 6/2566 (the two resolutions of 7/2563 still open as of it) and the draft of 6/2566's minutes, as DOCX
 * converted by LibreOffice to PDF and read back with pdftotext: Thai intact, Thai digits only.
 * Converted by tests/render/libreoffice.ts (Sarabun mapped to Laksaman; scripts/ensure-libreoffice.sh).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { loadDemo } from '../../src/server/demo/load-demo';
import { renderFollowUpDocx } from '../../src/server/papers/committee/follow-up-docx';
import { renderMinutesDocx } from '../../src/server/papers/committee/minutes-docx';
import { followUpPaper, minutesDraft } from '../../src/server/use-cases/committee/papers';
import { createTestDatabase } from '../helpers/test-db';
import { convertDocx, footerNumbers, pagesNotDrawnThai, pdfText, withoutFooters } from './libreoffice';

const READER = { userId: null, label: 'committee', role: 'viewer', unitId: null } as const;
const squash = (s: string) => s.replace(/\s+/g, '');

let db: Database;
let dir = '';
const text = { followUp: '', minutes: '' };

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemo(db);
  const { rows } = await db.query<{ id: number }>(
    'select id from committee_meeting where no = 6 and year_be = 2566',
  );
  const id = rows[0]!.id;
  dir = await mkdtemp(join(tmpdir(), 'tidtam-committee-render-'));
  await writeFile(join(dir, 'follow-up.docx'), await renderFollowUpDocx(await followUpPaper(db, READER, id)));
  await writeFile(join(dir, 'minutes.docx'), await renderMinutesDocx(await minutesDraft(db, READER, id)));
  await convertDocx(dir, ['follow-up', 'minutes']);
  text.followUp = await pdfText(dir, 'follow-up');
  text.minutes = await pdfText(dir, 'minutes');
}, 180_000);

afterAll(async () => {
  await db?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the เรื่องสืบเนื่อง section rendered by LibreOffice', () => {
  it('lists the two open resolutions of 7/2563 once each, with their units, dues and progress', () => {
    const flat = squash(text.followUp);
    for (const words of [
      'ระเบียบวาระที่ ๓ เรื่องสืบเนื่อง',
      'ครั้งที่ ๖/๒๕๖๖ วันพุธที่ ๒๑ มิถุนายน ๒๕๖๖',
      '๓.๑ เรื่อง ทิศทางการพัฒนาเทคโนโลยีดิจิทัลของกรุงเทพมหานคร',
      'ตามมติที่ประชุม อ.ก.ก. ครั้งที่ ๗/๒๕๖๓ เมื่อวันพุธที่ ๒ กันยายน ๒๕๖๓',
      'สำนักยุทธศาสตร์และประเมินผล (รายงาน อ.ก.ก. เพื่อทราบ ภายในวันที่ ๓๑ มีนาคม ๒๕๖๔)',
      '๓.๒ เรื่อง การปรับทิศทางการบริหารทรัพยากรบุคคลของกรุงเทพมหานคร เพื่อรองรับวิถีใหม่ (New Normal)',
      'สำนักปลัดกรุงเทพมหานคร (นำเสนอ อ.ก.ก. เพื่อพิจารณา ภายในการประชุมครั้งถัดไป)',
      '๓๐ พฤศจิกายน ๒๕๖๓: รวบรวมข้อเสนอแนะของ อ.ก.ก. และแจ้งหน่วยงานปรับปรุงแผนปฏิบัติการแล้ว',
    ]) {
      expect(flat).toContain(squash(words));
    }
    expect(flat.split(squash('๓.๑ เรื่อง'))).toHaveLength(2);
    expect(flat).not.toContain(squash('๓.๓ เรื่อง'));
    // 8/2560 and 3/2562 were closed before 6/2566: not carried over
    expect(flat).not.toContain(squash('ร่างแผนยุทธศาสตร์การบริหารทรัพยากรบุคคล'));
  });

  it('prints Thai digits only, its page numbers drawn Thai too (decision 0028)', async () => {
    // pdftotext reads the PAGE field's digits as the document holds them ("- 1 -"): they are checked drawn.
    expect(footerNumbers(text.followUp)[0]).toBe('1');
    expect(withoutFooters(text.followUp)).not.toMatch(/[0-9]/);
    expect(withoutFooters(text.minutes)).not.toMatch(/[0-9]/);
    const pages = footerNumbers(text.minutes);
    expect(pages).toEqual(pages.map((_, i) => String(i + 1)));
    expect(await pagesNotDrawnThai(dir, 'follow-up', [1])).toEqual([]);
    expect(await pagesNotDrawnThai(dir, 'minutes', [pages.length])).toEqual([]);
  });
});

describe('the draft minutes rendered by LibreOffice', () => {
  it('keeps the resolution and its numbered suggestions in the minutes’ words', () => {
    const flat = squash(text.minutes);
    for (const words of [
      '(ร่าง) รายงานการประชุม',
      'เมื่อวันพุธที่ ๒๑ มิถุนายน ๒๕๖๖',
      'ระเบียบวาระที่ ๓ การขับเคลื่อนแผนยุทธศาสตร์การบริหารทรัพยากรบุคคลของกรุงเทพมหานคร (พ.ศ.๒๕๖๖-๒๕๗๐)',
      'มติที่ประชุม ให้สำนักงาน ก.ก. รับข้อสังเกตและข้อเสนอแนะของ อ.ก.ก.',
      '๕. ควรจัดทำระบบรายงานผลการดำเนินการตามแผนยุทธศาสตร์ผ่านระบบออนไลน์ (e-monitoring)',
      'มอบหมาย สำนักงาน ก.ก. (รายงาน อ.ก.ก. เพื่อทราบ ภายในการประชุมครั้งถัดไป)',
    ]) {
      expect(flat).toContain(squash(words));
    }
  });
});
