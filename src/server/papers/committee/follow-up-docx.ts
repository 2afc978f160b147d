/**
 * The "เรื่องสืบเนื่อง" section of the next meeting's agenda paper, as Word: one numbered item per resolution
 * still open (the carry-over rule), with its suggestions, the assigned units, what they must bring back and
 * by when, and every progress entry they reported. Thai digits throughout.
 */
import type { Paragraph } from 'docx';
import { RESOLUTION_LABEL } from '../../../domain/committee';
import { COMMITTEE_NAME, type FollowUpPaper } from './content';
import { body, heading, packPaper, subheading } from './shell';
import { assignmentLine, meetingNo, progressDate, th, thaiDayDate, venue } from './words';

/** The standard agenda number of เรื่องสืบเนื่อง (after ประธานแจ้ง and รับรองรายงานการประชุม). */
export const CARRIED_OVER_AGENDA_NO = 3;

export function followUpParagraphs(paper: FollowUpPaper): Paragraph[] {
  const n = CARRIED_OVER_AGENDA_NO;
  const out: Paragraph[] = [
    heading(`ระเบียบวาระการประชุม ${th(COMMITTEE_NAME)}`),
    heading(`${meetingNo(paper.meeting)} ${thaiDayDate(paper.meeting.heldOn)}`),
    heading(venue(paper.meeting)),
    subheading(`ระเบียบวาระที่ ${th(n)} เรื่องสืบเนื่อง`),
  ];
  if (paper.carried.length === 0) out.push(body('- ไม่มี -'));
  paper.carried.forEach((c, i) => {
    out.push(subheading(`${th(`${n}.${i + 1}`)} เรื่อง ${th(c.agendaTitle)}`));
    out.push(
      body(
        `ตามมติที่ประชุม ${th('อ.ก.ก.')} ${meetingNo(c.origin)} เมื่อ${thaiDayDate(c.origin.heldOn)} ` +
          `(${RESOLUTION_LABEL[c.kind]}) ว่า "${th(c.text)}"`,
      ),
    );
    if (c.suggestions.length > 0) {
      out.push(body('โดยมีข้อสังเกตและข้อเสนอแนะ ดังนี้'));
      for (const s of c.suggestions) out.push(body(`${th(s.no)}. ${th(s.text)}`, { indent: 1984 }));
    }
    out.push(body('ผลการดำเนินการ', { bold: true }));
    for (const a of c.assignments) {
      out.push(body(`- ${assignmentLine(a)}`, { indent: 1701 }));
      if (a.progress.length === 0) out.push(body('ยังไม่ได้รายงานความคืบหน้า', { indent: 1984 }));
      for (const p of a.progress) {
        const closing = p.proposesClosing ? ' (เสนอปิดเรื่อง)' : '';
        out.push(body(`${progressDate(p.at)}: ${th(p.text)}${closing}`, { indent: 1984 }));
      }
    }
    const proposed = c.assignments.every((a) => a.state === 'closing_proposed');
    out.push(
      body(proposed ? 'ประเด็นเสนอที่ประชุม เพื่อโปรดพิจารณาปิดเรื่อง' : 'ประเด็นเสนอที่ประชุม เพื่อโปรดทราบ และติดตามต่อไป', {
        bold: true,
      }),
    );
  });
  return out;
}

export function renderFollowUpDocx(paper: FollowUpPaper): Promise<Buffer> {
  return packPaper(`เรื่องสืบเนื่อง ${meetingNo(paper.meeting)}`, followUpParagraphs(paper));
}
