/**
 * A draft of the minutes' resolution part of one meeting, as Word: every agenda item with its resolutions
 * (มติที่ประชุม), the numbered suggestions, and the units assigned with what they must bring back and by when.
 */
import type { Paragraph } from 'docx';
import { COMMITTEE_NAME, type MinutesDraft } from './content';
import { body, heading, packPaper, subheading } from './shell';
import { assignmentLine, meetingNo, th, thaiDayDate, venue } from './words';

export function minutesParagraphs(draft: MinutesDraft): Paragraph[] {
  const out: Paragraph[] = [
    heading(`(ร่าง) รายงานการประชุม ${th(COMMITTEE_NAME)}`),
    heading(`${meetingNo(draft.meeting)}`),
    heading(`เมื่อ${thaiDayDate(draft.meeting.heldOn)}`),
    heading(venue(draft.meeting)),
  ];
  if (draft.attendees.length > 0) {
    out.push(subheading('ผู้มาประชุม'));
    draft.attendees.forEach((a, i) => out.push(body(`${th(i + 1)}. ${th(a)}`)));
  }
  for (const item of draft.agenda) {
    out.push(subheading(`ระเบียบวาระที่ ${th(item.no)} ${th(item.title)}`));
    if (item.resolutions.length === 0) out.push(body('มติที่ประชุม (ยังไม่ได้บันทึก)'));
    for (const r of item.resolutions) {
      out.push(body(`มติที่ประชุม ${th(r.text)}`, { bold: false }));
      if (r.suggestions.length > 0) {
        out.push(body('ข้อสังเกตและข้อเสนอแนะของ อ.ก.ก.'));
        for (const s of r.suggestions) out.push(body(`${th(s.no)}. ${th(s.text)}`, { indent: 1984 }));
      }
      for (const a of r.assignments) out.push(body(`มอบหมาย ${assignmentLine(a)}`, { indent: 1701 }));
    }
  }
  return out;
}

export function renderMinutesDocx(draft: MinutesDraft): Promise<Buffer> {
  return packPaper(`(ร่าง) รายงานการประชุม ${meetingNo(draft.meeting)}`, minutesParagraphs(draft));
}
