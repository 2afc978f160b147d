/**
 * The criteria of seed 002 (meeting 3/2562, a DRAFT the committee sent back): district director and its key
 * position assistant district director, as criterion trees. Shipped as each path's first draft version;
 * the office edits them. Readings the seed leaves open are marked (seed-notes/career-002.md §3): time is
 * counted holding only (acting not), sections by kind (ฝ่ายโยธา of two offices is one), "held" as at
 * least one day. DD-1 / ADD-1 (the external position standard) is not a computable criterion here.
 */
import { ASSISTANT_DISTRICT_DIRECTOR, DISTRICT_DIRECTOR } from '../workforce/index';
import type { Criterion } from './criteria';

export const DISTRICT_DIRECTOR_COURSE = 'หลักสูตรผู้อำนวยการเขต';
export const ASSISTANT_DIRECTOR_COURSE = 'หลักสูตรผู้ช่วยผู้อำนวยการเขต';

export const DISTRICT_DIRECTOR_CRITERIA: Criterion = {
  kind: 'all',
  text: 'คุณสมบัติผู้อำนวยการเขต (ร่าง 3/2562)',
  of: [
    {
      kind: 'time',
      ref: 'DD-2',
      text: 'ดำรงตำแหน่งหรือเคยดำรงตำแหน่งผู้ช่วยผู้อำนวยการเขตมาแล้วไม่น้อยกว่า 2 ปี',
      match: { title: ASSISTANT_DISTRICT_DIRECTOR },
      min: { years: 2 },
      countActing: false,
    },
    {
      kind: 'sections_overseen',
      ref: 'DD-3',
      text: 'ได้รับมอบหมายให้รับผิดชอบส่วนราชการภายในสำนักงานเขตมาแล้วไม่น้อยกว่า 7 ใน 10 ฝ่าย',
      whileTitle: ASSISTANT_DISTRICT_DIRECTOR,
      countBy: 'kind',
      min: 7,
      countActing: false,
    },
    {
      kind: 'course',
      ref: 'DD-4',
      text: 'ผ่านการฝึกอบรมหลักสูตรผู้อำนวยการเขต',
      courses: [DISTRICT_DIRECTOR_COURSE],
    },
    {
      kind: 'competency',
      ref: 'DD-5',
      text: 'ผ่านการประเมินสมรรถนะในตำแหน่งตามเกณฑ์ที่กำหนด',
      competency: DISTRICT_DIRECTOR,
    },
  ],
};

const held = { years: 0, days: 1 };

export const ASSISTANT_DIRECTOR_CRITERIA: Criterion = {
  kind: 'all',
  text: 'คุณสมบัติผู้ช่วยผู้อำนวยการเขต (ร่าง 3/2562)',
  of: [
    {
      kind: 'any',
      ref: 'ADD-2',
      text: 'มีประสบการณ์ในงานที่หลากหลาย โดยดำรงตำแหน่งใดตำแหน่งหนึ่งมาแล้ว',
      of: [
        {
          kind: 'time',
          ref: 'ADD-2.1',
          text: 'ประเภทอำนวยการ ระดับต้น มาแล้วไม่น้อยกว่า 2 ปี',
          match: { positionType: 'managerial', level: 'junior' },
          min: { years: 2 },
          countActing: false,
        },
        {
          kind: 'units_served',
          ref: 'ADD-2.2',
          text: 'ประเภทวิชาการ หัวหน้าฝ่าย สังกัดสำนักงานเขต มาแล้วไม่น้อยกว่า 2 สำนักงานเขต',
          match: { positionType: 'academic', sectionHead: true },
          unitKind: 'district',
          min: 2,
          countActing: false,
        },
        {
          kind: 'all',
          ref: 'ADD-2.3',
          text: 'ประเภทวิชาการ หัวหน้าฝ่าย สังกัดสำนัก ต้องมีผลงานเชิงประจักษ์อย่างน้อย 1 ชิ้น',
          of: [
            {
              kind: 'time',
              match: { positionType: 'academic', sectionHead: true, unitKind: 'bureau' },
              min: held,
              countActing: false,
            },
            { kind: 'evidenced_work', min: 1 },
          ],
        },
        {
          kind: 'units_served',
          ref: 'ADD-2.4a',
          text: 'ประเภททั่วไป ระดับอาวุโส สังกัดสำนักงานเขต มาแล้วไม่น้อยกว่า 3 สำนักงานเขต',
          match: { positionType: 'general', level: 'senior_general' },
          unitKind: 'district',
          min: 3,
          countActing: false,
        },
        {
          kind: 'all',
          ref: 'ADD-2.4b',
          text: 'ประเภททั่วไป ระดับอาวุโส สังกัดสำนัก ต้องมีผลงานเชิงประจักษ์อย่างน้อย 1 ชิ้น',
          of: [
            {
              kind: 'time',
              match: { positionType: 'general', level: 'senior_general', unitKind: 'bureau' },
              min: held,
              countActing: false,
            },
            { kind: 'evidenced_work', min: 1 },
          ],
        },
      ],
    },
    {
      kind: 'course',
      ref: 'ADD-3',
      text: 'ผ่านการฝึกอบรมหลักสูตรผู้ช่วยผู้อำนวยการเขต',
      courses: [ASSISTANT_DIRECTOR_COURSE],
    },
    {
      kind: 'competency',
      ref: 'ADD-4',
      text: 'ผ่านการประเมินสมรรถนะในตำแหน่งตามเกณฑ์ที่กำหนด',
      competency: ASSISTANT_DISTRICT_DIRECTOR,
    },
  ],
};
