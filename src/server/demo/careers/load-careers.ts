/**
 * The careers demo: paths and their criteria only (they need no people; the workforce demo brings those).
 * Seed 002's district-director and assistant-district-director criteria as each path's first DRAFT (the
 * committee sent them back for revision), and the 15 paths to district director as examples: the seed
 * gives their counts and groups (7 district, 6 bureau, 2 mixed) and the two steps all share, not the
 * earlier steps (an attachment the seed lacks).
 */
import { ASSISTANT_DIRECTOR_CRITERIA, DISTRICT_DIRECTOR_CRITERIA } from '../../../domain/careers';
import { ASSISTANT_DISTRICT_DIRECTOR, DISTRICT_DIRECTOR } from '../../../domain/workforce/index';
import type { Stage } from '../../../shared/api/careers';
import { DEMO_LOADER } from '../../actor';
import type { Database } from '../../db/database';
import { createPath } from '../../use-cases/careers/edit-path';

const SHARED_STEPS: Stage[] = [
  {
    title: ASSISTANT_DISTRICT_DIRECTOR,
    positionType: 'managerial',
    level: 'junior',
    unitKind: 'district',
    minYears: 2,
  },
  { title: DISTRICT_DIRECTOR, positionType: 'managerial', level: 'senior', unitKind: 'district' },
];

const GROUPS = [
  { origin: 'district' as const, prefix: 'P-D', count: 7, th: 'เติบโตจากสำนักงานเขต' },
  { origin: 'bureau' as const, prefix: 'P-B', count: 6, th: 'เติบโตจากสำนัก' },
  { origin: 'mixed' as const, prefix: 'P-M', count: 2, th: 'เติบโตแบบผสม' },
];

export async function loadCareersDemo(db: Database): Promise<void> {
  await createPath(db, DEMO_LOADER, {
    code: 'DD-2562',
    name: 'คุณสมบัติผู้อำนวยการเขต (ร่าง อ.ก.ก. 3/2562)',
    targetTitle: DISTRICT_DIRECTOR,
    origin: null,
    description: 'เกณฑ์ตามรายงานการประชุม อ.ก.ก. วิสามัญฯ ครั้งที่ 3/2562 (ร่างที่ยังต้องปรับปรุง)',
    criteria: DISTRICT_DIRECTOR_CRITERIA,
    stages: SHARED_STEPS,
    note: 'DD-1 (มาตรฐานกำหนดตำแหน่ง) ตรวจนอกระบบ',
  });
  await createPath(db, DEMO_LOADER, {
    code: 'ADD-2562',
    name: 'คุณสมบัติผู้ช่วยผู้อำนวยการเขต (ร่าง อ.ก.ก. 3/2562)',
    targetTitle: ASSISTANT_DISTRICT_DIRECTOR,
    origin: null,
    description: 'ตำแหน่งสำคัญ (Key Position) ที่ทุกเส้นทางต้องผ่านก่อนเข้าสู่ตำแหน่งผู้อำนวยการเขต',
    criteria: ASSISTANT_DIRECTOR_CRITERIA,
    stages: [],
    note: 'ADD-1 (มาตรฐานกำหนดตำแหน่ง) ตรวจนอกระบบ',
  });
  for (const g of GROUPS) {
    for (let i = 1; i <= g.count; i++) {
      await createPath(
        db,
        DEMO_LOADER,
        {
          code: `${g.prefix}${i}`,
          name: `เส้นทางที่ ${i} ${g.th} (ตัวอย่าง)`,
          targetTitle: DISTRICT_DIRECTOR,
          origin: g.origin,
          description: 'ขั้นก่อนหน้าอยู่ในเอกสารแนบท้ายซึ่งไม่มีในต้นฉบับ: โครงเส้นทางตัวอย่าง',
          criteria: DISTRICT_DIRECTOR_CRITERIA,
          stages: SHARED_STEPS,
        },
        { isExample: true },
      );
    }
  }
}
