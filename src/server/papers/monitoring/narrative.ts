/** The paper's words around the tables: heading, source line, the overall sentence, section titles. */
import type { PaperContent, PaperMeta } from './content';
import { BASIS_TEXT, thaiDateTime, thaiDigits, thaiMonthYear, thaiNumber } from './thai-format';

export const COMMITTEE = 'อ.ก.ก. วิสามัญเกี่ยวกับยุทธศาสตร์การบริหารทรัพยากรบุคคลของกรุงเทพมหานคร';

export function paperHeading(content: PaperContent, meta: PaperMeta) {
  const s = content.summary;
  const source =
    meta.source.kind === 'snapshot'
      ? `จากข้อมูลที่เผยแพร่เมื่อ ${thaiDateTime(meta.source.publishedAt)} โดย ${meta.source.publishedBy}` +
        ` (ฉบับที่ ${thaiDigits(meta.source.id)}${meta.source.auto ? ' เผยแพร่อัตโนมัติเมื่อปิดรับรายงาน' : ''})`
      : 'จากข้อมูลในระบบ ณ เวลาที่จัดทำ';
  return {
    title: 'เอกสารประกอบการประชุม',
    committee: COMMITTEE,
    subtitle: `รายงานความก้าวหน้าการดำเนินการตาม${s.planName ?? s.plan}`,
    asOf: `ข้อมูล ณ เดือน${thaiMonthYear(s.asOf)} (ปีงบประมาณ พ.ศ. ${thaiDigits(s.fiscalYear)})`,
    basis: `${BASIS_TEXT[s.basis]} ${source}`,
    made: `จัดทำเมื่อ ${thaiDateTime(meta.generatedAt)}`,
    scope: meta.scopedToUnit ? 'รายการโครงการแสดงเฉพาะโครงการของหน่วยงานของท่าน' : null,
  };
}

/** "ภาพรวม … ความก้าวหน้าร้อยละ ๗๓.๒๑ อยู่ในระดับปานกลาง", as the minutes say it. */
export function overallSentence(content: PaperContent): string {
  const o = content.summary.overall;
  const n = (v: number) => thaiNumber(v);
  const level = o.level ? ` อยู่ในระดับ${o.level}` : '';
  return (
    `ภาพรวมมีโครงการที่นับทั้งสิ้น ${n(o.total)} โครงการ ดำเนินการเสร็จแล้ว ${n(o.completed)} โครงการ ` +
    `อยู่ระหว่างดำเนินการ ${n(o.inProgress)} โครงการ ยังไม่ได้ดำเนินการ ${n(o.notStarted)} โครงการ ` +
    `ความก้าวหน้า (ดำเนินการเสร็จแล้วและอยู่ระหว่างดำเนินการ) ร้อยละ ${n(o.progressPct)}${level}`
  );
}

/** Sections in order, each with the tables (by key) it holds; the chart follows the table by target. */
export const SECTIONS = [
  { title: 'สรุปผลการดำเนินงานในภาพรวม', tables: ['overall'], sentence: true },
  { title: 'ผลการดำเนินงานจำแนกตามเป้าประสงค์ยุทธศาสตร์', tables: ['byTarget', 'progress'], chart: true },
  { title: 'ปัญหาและอุปสรรค', tables: ['problems', 'carriedOver'] },
  { title: 'โครงการที่ต้องติดตาม', tables: ['attention'], missing: 'ยังไม่มีข้อมูลโครงการที่ต้องติดตามสำหรับเดือนนี้' },
  { title: 'ผลลัพธ์ที่สำคัญ', tables: ['keyResults'], missing: 'ยังไม่มีข้อมูลผลลัพธ์ที่สำคัญสำหรับเดือนนี้' },
] as const;

export const CHART_TITLE = 'สถานะของโครงการจำแนกตามเป้าประสงค์ยุทธศาสตร์ (จำนวนโครงการ)';
