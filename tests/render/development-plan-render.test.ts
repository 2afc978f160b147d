/**
 * The development plan paper as a person sees it: seed 004's FY2564 plan (the demo) as DOCX, converted by
 * LibreOffice to PDF and read back with pdftotext: Thai intact, the memo's figures (332 projects, 58,753
 * participants, 353,166,405 baht, 2.34 % of the salary budget) in Thai digits, and no Latin digit at all.
 * Fonts as in committee-paper-render.test.ts (Sarabun mapped to Laksaman; scripts/ensure-libreoffice.sh).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { loadDemo } from '../../src/server/demo/load-demo';
import { renderPlanDocx } from '../../src/server/papers/development/plan-docx';
import { planPaper } from '../../src/server/use-cases/development/plan-paper';
import { createTestDatabase } from '../helpers/test-db';
import { footerNumbers, pagesNotDrawnThai, pdfTextOfDocx, withoutFooters } from './libreoffice';

const READER = { userId: null, label: 'committee', role: 'viewer', unitId: null } as const;
const squash = (s: string) => s.replace(/\s+/g, '');

let db: Database;
let dir = '';
let text = '';

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemo(db, { workforce: false });
  dir = await mkdtemp(join(tmpdir(), 'tidtam-development-render-'));
  const { paper } = await planPaper(db, READER, 2564);
  await writeFile(join(dir, 'plan.docx'), await renderPlanDocx(paper));
  text = await pdfTextOfDocx(dir, 'plan');
}, 180_000);

afterAll(async () => {
  await db?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the FY2564 development plan paper rendered by LibreOffice', () => {
  it('writes seed 004’s figures in Thai digits within the memo’s sentences', () => {
    const flat = squash(text);
    for (const words of [
      'สรุปแผนพัฒนาข้าราชการกรุงเทพมหานครและบุคลากรกรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. ๒๕๖๔',
      'มีจำนวนทั้งสิ้น ๓๓๒ โครงการ/หลักสูตร/กิจกรรม กลุ่มเป้าหมายจำนวน ๕๘,๗๕๓ คน',
      'งบประมาณจำนวนทั้งสิ้น ๓๕๓,๑๖๖,๔๐๕.- บาท (สามร้อยห้าสิบสามล้านหนึ่งแสนหกหมื่นหกพันสี่ร้อยห้าบาทถ้วน)',
      'คิดเป็นร้อยละ ๒.๓๔ ของงบประมาณรายจ่ายประจำปี ๒๕๖๔ หมวดเงินเดือนและค่าจ้างประจำของกรุงเทพมหานคร',
      'ยุทธศาสตร์ที่ ๔ การสร้างวัฒนธรรมองค์กรสมัยใหม่ มีโครงการฝึกอบรมที่สนับสนุน จำนวน ๔๘ โครงการ/กิจกรรม กลุ่มเป้าหมายจำนวน ๗,๙๘๒ คน',
      'ตารางที่ ๑ จำแนกตามยุทธศาสตร์',
      'ตารางที่ ๕ ความครอบคลุมยุทธศาสตร์ของหน่วยงาน (จำนวนโครงการ)',
      'จำนวนหน่วยงานที่พัฒนา',
    ])
      expect(flat).toContain(squash(words));
  });

  it('prints Thai digits only, its page numbers drawn Thai on page 2 and after (decision 0028)', async () => {
    // pdftotext reads the PAGE field's digits as the document holds them ("- 2 -"): they are checked drawn.
    const pages = footerNumbers(text);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages).toEqual(pages.map((_, i) => String(i + 1)));
    expect(withoutFooters(text)).not.toMatch(/[0-9]/);
    expect(await pagesNotDrawnThai(dir, 'plan', [2, pages.length])).toEqual([]);
  });
});
