/**
 * Meetings 7/2563 (seed 001) and 6/2566 (seed 000): agenda titles and resolutions in the minutes' own words;
 * suggestions of 6/2566 are the first sentence of each numbered point (000:L303, L314, L331, L333, L337).
 * Follow-up: 7/2563's digital item closed at 6/2566; its New Normal item (the BMA to revise its action plan and
 * bring it back "at the next meeting") still open, hence overdue; 6/2566's item open with progress.
 */
import type { DemoMeeting } from './types';

const ATTENDEES = ['ประธาน อ.ก.ก.', 'รองปลัดกรุงเทพมหานคร แทนปลัดกรุงเทพมหานคร', 'ผู้อำนวยการสำนักงาน ก.ก.'];

export const MEETING_7_2563: DemoMeeting = {
  no: 7,
  yearBe: 2563,
  heldOn: '2020-09-02',
  startTime: '09.30',
  place: 'ห้องนพรัตน์ ชั้น ๕ ศาลาว่าการกรุงเทพมหานคร',
  online: 'Cisco Webex',
  attendees: ATTENDEES,
  agenda: [
    { kind: 'chair', title: 'เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ', resolutions: [] },
    {
      kind: 'certify',
      title: 'เรื่องรับรองรายงานการประชุม ครั้งที่ ๖/๒๕๖๓ เมื่อวันที่ ๕ สิงหาคม ๒๕๖๓',
      resolutions: [{ kind: 'certify', text: 'รับรองรายงานการประชุมครั้งที่ ๖/๒๕๖๓ เมื่อวันที่ ๕ สิงหาคม ๒๕๖๓' }],
    },
    {
      kind: 'carried_over',
      title: 'ทิศทางการพัฒนาเทคโนโลยีดิจิทัลของกรุงเทพมหานคร',
      resolutions: [
        {
          kind: 'assign',
          // 001:L258
          text: 'รับทราบ และมอบหมายให้หน่วยงานที่เกี่ยวข้องดำเนินการตามข้อเสนอแนะของ อ.ก.ก.',
          assignments: [
            {
              unit: 'SPE',
              returnKind: 'report_for_information',
              dueDate: '2021-03-31',
              progress: [
                {
                  on: '2021-03-15',
                  text: 'บรรจุโครงการ e-Service ในแผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๕ แล้ว',
                  proposesClosing: true,
                },
              ],
              closedAt: '6/2566',
            },
            {
              unit: 'PERS',
              returnKind: 'report_for_information',
              dueDate: '2021-03-31',
              progress: [
                {
                  on: '2021-02-26',
                  text: 'ปรับระบบข้อมูลบุคลากรให้ค้นหาผ่านระบบอิเล็กทรอนิกส์ได้แล้ว',
                  proposesClosing: true,
                },
              ],
              closedAt: '6/2566',
            },
          ],
        },
      ],
    },
    {
      kind: 'for_consideration',
      title: 'การปรับทิศทางการบริหารทรัพยากรบุคคลของกรุงเทพมหานคร เพื่อรองรับวิถีใหม่ (New Normal)',
      resolutions: [
        {
          kind: 'revise_return',
          // 001:L396
          text: 'มอบหมายให้กรุงเทพมหานครนำข้อเสนอแนะของ อ.ก.ก.ฯ ไปปรับปรุงแผนปฏิบัติการ (Action Plan) ประจำปี พ.ศ. ๒๕๖๔ - ๒๕๖๕ ตามแผนยุทธศาสตร์การบริหารทรัพยากร บุคคลของกรุงเทพมหานคร ให้เหมาะสม และนำเสนอ อ.ก.ก.ฯ พิจารณาต่อไป',
          links: [{ kind: 'plan', ref: 'HR-2561-2565' }],
          assignments: [
            {
              unit: 'PALAD',
              returnKind: 'submit_for_consideration',
              dueNextMeeting: true,
              dueFromLoadDays: -12, // a little late: the demo shows an overdue assignment, not a years-old one
              progress: [
                { on: '2020-11-30', text: 'รวบรวมข้อเสนอแนะของ อ.ก.ก. และแจ้งหน่วยงานปรับปรุงแผนปฏิบัติการแล้ว' },
              ],
            },
          ],
        },
      ],
    },
    { kind: 'other', title: 'เรื่องอื่นๆ', summary: '- ไม่มี -', resolutions: [] },
    {
      kind: 'schedule',
      title: 'เรื่องกำหนดวันประชุม',
      summary: 'การประชุม อ.ก.ก. ครั้งที่ ๘/๒๕๖๓ ในวันพุธที่ ๒๑ ตุลาคม ๒๕๖๓ เวลา ๐๙.๓๐ น.',
      resolutions: [{ kind: 'acknowledge', text: 'รับทราบ' }],
    },
  ],
};

export const MEETING_6_2566: DemoMeeting = {
  no: 6,
  yearBe: 2566,
  heldOn: '2023-06-21',
  startTime: '13.30',
  place: 'ห้องนพรัตน์ ชั้น ๕ ศาลาว่าการกรุงเทพมหานคร',
  online: 'Zoom',
  attendees: ['รองศาสตราจารย์ ดร.อิสระ สุวรรณบล ประธาน อ.ก.ก.', ...ATTENDEES.slice(1)],
  agenda: [
    {
      kind: 'chair',
      title: 'เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ',
      summary: 'การประชุมผ่านสื่ออิเล็กทรอนิกส์ (Zoom) และที่ห้องนพรัตน์',
      resolutions: [{ kind: 'acknowledge', text: 'รับทราบ' }],
    },
    {
      kind: 'certify',
      title: 'เรื่อง รับรองรายงานการประชุม ครั้งที่ ๕/๒๕๖๖ เมื่อวันที่ ๑๖ พฤษภาคม ๒๕๖๖',
      resolutions: [{ kind: 'certify', text: 'รับรองรายงานการประชุมครั้งที่ ๕/๒๕๖๖ เมื่อวันที่ ๑๖ พฤษภาคม ๒๕๖๖' }],
    },
    {
      kind: 'for_consideration',
      title: 'การขับเคลื่อนแผนยุทธศาสตร์การบริหารทรัพยากรบุคคลของกรุงเทพมหานคร (พ.ศ.๒๕๖๖-๒๕๗๐)',
      resolutions: [
        {
          kind: 'assign',
          // 000:L339
          text: 'ให้สำนักงาน ก.ก. รับข้อสังเกตและข้อเสนอแนะของ อ.ก.ก. ไปปรับปรุงแนวทางการขับเคลื่อนแผนยุทธศาสตร์การบริหารทรัพยากรบุคคลของกรุงเทพมหานคร (พ.ศ.๒๕๖๖ - ๒๕๗๐) ในปีงบประมาณ พ.ศ. ๒๕๖๗ ต่อไป',
          suggestions: [
            'การขับเคลื่อนแผนยุทธศาสตร์การบริหารทรัพยากรบุคคลของกรุงเทพมหานครระยะ ๕ ปี จำเป็นต้องมีการจัดทำแผนปฏิบัติการประจำปี (Action Plan) ในแต่ละปีด้วย',
            'การกำหนดโครงการ/กิจกรรมควรมีความเชื่อมโยงกับกลยุทธ์และเป้าประสงค์ยุทธศาสตร์',
            'โครงการ/กิจกรรมภายใต้แผนยุทธศาสตร์ ในส่วนที่ยังไม่มีผู้รับผิดชอบหลัก (Ownership) ที่ชัดเจน ควรมีการแต่งตั้งคณะกรรมการขับเคลื่อนแผนยุทธศาสตร์การบริหารทรัพยากรบุคคลของกรุงเทพมหานคร',
            'การสื่อสารแผนยุทธศาสตร์ไปสู่การปฏิบัติ ยังขาดการสื่อสารทำความเข้าใจเกี่ยวกับผลลัพธ์ที่ต้องการ',
            'ควรจัดทำระบบรายงานผลการดำเนินการตามแผนยุทธศาสตร์ผ่านระบบออนไลน์ (e-monitoring)',
          ],
          links: [
            { kind: 'plan', ref: 'HR-2566-2570' },
            { kind: 'target', ref: '2' },
            { kind: 'strategy', ref: '2.2' },
          ],
          assignments: [
            {
              unit: 'OCSC-BMA',
              returnKind: 'report_for_information',
              dueNextMeeting: true,
              dueFromLoadDays: 30,
              progress: [
                {
                  on: '2023-07-10',
                  text: 'จัดทำร่างแผนผัง (Map Out) โครงการปี ๒๕๖๗ ตามข้อเสนอแนะ อยู่ระหว่างหารือหน่วยงาน',
                },
              ],
            },
          ],
        },
      ],
    },
    { kind: 'other', title: 'เรื่องอื่น ๆ', summary: '-ไม่มี-', resolutions: [] },
    {
      kind: 'schedule',
      title: 'เรื่องกำหนดวันประชุม',
      // 000:L348
      summary:
        'กำหนดการประชุม อ.ก.ก. ครั้งที่ ๗/๒๕๖๖ ในวันพุธที่ ๒๖ กรกฎาคม ๒๕๖๖ เวลา ๐๙.๓๐ น. ณ ห้องนพรัตน์ ชั้น ๕ ศาลาว่าการกรุงเทพมหานคร และผ่านสื่ออิเล็กทรอนิกส์',
      resolutions: [{ kind: 'acknowledge', text: 'รับทราบ' }],
    },
  ],
};
