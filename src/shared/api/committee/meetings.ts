/** The committee's meetings, agenda items, resolutions and suggestions: requests and answers. */
import { z } from 'zod';
import { AGENDA_KINDS, LINK_KINDS, RESOLUTION_KINDS, RETURN_KINDS } from '../../../domain/committee/agenda';
import { bi, Code, Id, IsoDate, LongText, Name } from '../common';
import { AssignmentView } from './assignments';

const ShortText = z.string().trim().max(200, bi('ยาวเกิน 200 ตัวอักษร', 'longer than 200 characters'));

export const AgendaItemCreate = z.object({
  kind: z.enum(AGENDA_KINDS),
  title: Name,
  summary: LongText.nullable().optional(),
});
export type AgendaItemCreate = z.infer<typeof AgendaItemCreate>;

export const MeetingCreate = z
  .object({
    no: z.coerce.number().int().min(1, bi('ครั้งที่ต้องมากกว่า 0', 'the number must be positive')).max(99),
    yearBe: z.coerce
      .number()
      .int()
      .min(2500, bi('ต้องเป็นปี พ.ศ.', 'must be a Buddhist-Era year'))
      .max(2700, bi('ต้องเป็นปี พ.ศ.', 'must be a Buddhist-Era year')),
    heldOn: IsoDate,
    startTime: ShortText.nullable().optional(),
    place: ShortText.nullable().optional(),
    online: ShortText.nullable().optional(),
    attendees: z.array(ShortText.min(1)).max(100).default([]),
    agenda: z.array(AgendaItemCreate).max(30).default([]),
  })
  .refine((m) => Boolean(m.place || m.online), {
    message: bi('ต้องระบุสถานที่ หรือช่องทางออนไลน์', 'a place or an online channel is required'),
    path: ['place'],
  });
export type MeetingCreate = z.infer<typeof MeetingCreate>;

export const AssignmentCreate = z
  .object({
    unitId: Id,
    returnKind: z.enum(RETURN_KINDS),
    dueDate: IsoDate.nullable().optional(),
    dueNextMeeting: z.boolean().default(false),
  })
  .refine((a) => Boolean(a.dueDate) !== a.dueNextMeeting, {
    message: bi(
      'กำหนดส่งต้องเป็นวันที่ หรือ "การประชุมครั้งถัดไป" อย่างใดอย่างหนึ่ง',
      'due is either a date or "the next meeting", exactly one',
    ),
    path: ['dueDate'],
  });
export type AssignmentCreate = z.infer<typeof AssignmentCreate>;

export const ResolutionLink = z.object({ kind: z.enum(LINK_KINDS), ref: Code });

export const ResolutionCreate = z.object({
  kind: z.enum(RESOLUTION_KINDS),
  text: LongText.min(1, bi('ต้องกรอกมติ', 'the resolution text is required')),
  suggestions: z.array(LongText.min(1)).max(50).default([]),
  links: z.array(ResolutionLink).max(20).default([]),
  assignments: z.array(AssignmentCreate).max(30).default([]),
});
export type ResolutionCreate = z.infer<typeof ResolutionCreate>;

export const MeetingRef = z.object({
  id: z.number(),
  no: z.number(),
  yearBe: z.number(),
  heldOn: z.string(),
});
export type MeetingRef = z.infer<typeof MeetingRef>;

export const MeetingSummary = MeetingRef.extend({
  startTime: z.string().nullable(),
  place: z.string().nullable(),
  online: z.string().nullable(),
  resolutions: z.number(),
  openAssignments: z.number(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const ResolutionView = z.object({
  id: z.number(),
  kind: z.enum(RESOLUTION_KINDS),
  text: z.string(),
  suggestions: z.array(z.object({ no: z.number(), text: z.string() })),
  links: z.array(ResolutionLink),
  assignments: z.array(AssignmentView),
});
export type ResolutionView = z.infer<typeof ResolutionView>;

export const AgendaItemView = z.object({
  id: z.number(),
  no: z.number(),
  kind: z.enum(AGENDA_KINDS),
  title: z.string(),
  summary: z.string().nullable(),
  resolutions: z.array(ResolutionView),
});
export type AgendaItemView = z.infer<typeof AgendaItemView>;

export const MeetingView = MeetingSummary.extend({
  attendees: z.array(z.string()),
  version: z.number(),
  agenda: z.array(AgendaItemView),
});
export type MeetingView = z.infer<typeof MeetingView>;

export const SearchQuery = z.object({
  q: z.string().trim().min(1, bi('กรุณาพิมพ์คำค้น', 'type something to search')).max(200),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const SearchHit = z.object({
  kind: z.enum(['meeting', 'resolution', 'suggestion']),
  id: z.number(),
  meeting: MeetingRef,
  text: z.string(),
});
export const SearchPage = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  words: z.array(z.string()),
  hits: z.array(SearchHit),
});
export type SearchPage = z.infer<typeof SearchPage>;
