/** A criterion as a readable sentence, Thai first (the committee's own words shown beside it when given). */
import type { Criterion, RowMatch } from '../../../domain/careers/criteria';
import type { Duration } from '../../../domain/workforce';
import type { Lang } from '../../shared/i18n/I18nProvider';

const LEVEL_TH: Record<string, string> = {
  senior: 'ระดับสูง',
  junior: 'ระดับต้น',
  practitioner: 'ระดับปฏิบัติการ',
  professional: 'ระดับชำนาญการ',
  senior_professional: 'ระดับชำนาญการพิเศษ',
  expert: 'ระดับเชี่ยวชาญ',
  advisory: 'ระดับทรงคุณวุฒิ',
  operational: 'ระดับปฏิบัติงาน',
  experienced: 'ระดับชำนาญงาน',
  senior_general: 'ระดับอาวุโส',
  special_skill: 'ระดับทักษะพิเศษ',
};
const TYPE_TH: Record<string, string> = {
  executive: 'ประเภทบริหาร',
  managerial: 'ประเภทอำนวยการ',
  academic: 'ประเภทวิชาการ',
  general: 'ประเภททั่วไป',
};
const UNIT_TH: Record<string, string> = {
  bureau: 'สำนัก',
  district: 'สำนักงานเขต',
  office: 'สำนักงาน',
  institute: 'สถาบัน',
  other: 'หน่วยงานอื่น',
};

export function duration(d: Duration, lang: Lang): string {
  const parts: string[] = [];
  if (lang === 'th') {
    if (d.years) parts.push(`${d.years} ปี`);
    if (d.months) parts.push(`${d.months} เดือน`);
    if (d.days) parts.push(`${d.days} วัน`);
  } else {
    if (d.years) parts.push(`${d.years} year(s)`);
    if (d.months) parts.push(`${d.months} month(s)`);
    if (d.days) parts.push(`${d.days} day(s)`);
  }
  return parts.join(' ');
}

function match(m: RowMatch, lang: Lang): string {
  if (lang === 'th') {
    const bits = [
      m.title ? `ตำแหน่ง${m.title}` : m.sectionHead ? 'ตำแหน่งหัวหน้าฝ่าย' : 'ตำแหน่ง',
      m.positionType ? TYPE_TH[m.positionType] : '',
      m.level ? LEVEL_TH[m.level] : '',
      m.unitKind ? `ใน${UNIT_TH[m.unitKind]}` : '',
    ];
    return bits.filter(Boolean).join(' ');
  }
  const bits = [
    m.title ?? (m.sectionHead ? 'section head' : 'a position'),
    m.positionType ? `(${m.positionType}` + (m.level ? ` ${m.level.replace('_', ' ')})` : ')') : '',
    m.unitKind ? `in a ${m.unitKind}` : '',
  ];
  return bits.filter(Boolean).join(' ');
}

/** One line for a criterion; a group's line introduces its children. */
export function criterionText(c: Criterion, lang: Lang): string {
  const th = lang === 'th';
  switch (c.kind) {
    case 'all':
      return th ? 'ต้องผ่านทุกข้อต่อไปนี้' : 'All of the following';
    case 'any':
      return th ? 'ผ่านข้อใดข้อหนึ่งต่อไปนี้' : 'Any one of the following';
    case 'time':
      return th
        ? `ดำรง${match(c.match, lang)} รวมไม่น้อยกว่า ${duration(c.min, lang)}${c.countActing ? ' (นับรักษาการ)' : ''}`
        : `Held ${match(c.match, lang)} for at least ${duration(c.min, lang)}${c.countActing ? ' (acting counts)' : ''}`;
    case 'units_served':
      return th
        ? `ปฏิบัติงานใน${UNIT_TH[c.unitKind]}ไม่น้อยกว่า ${c.min} แห่ง ในฐานะ${match(c.match, lang)}`
        : `Served in at least ${c.min} ${c.unitKind} unit(s) as ${match(c.match, lang)}`;
    case 'sections_overseen':
      return th
        ? `กำกับดูแลฝ่ายไม่น้อยกว่า ${c.min} ฝ่าย${c.whileTitle ? ` ขณะดำรงตำแหน่ง${c.whileTitle}` : ''}`
        : `Oversaw at least ${c.min} section(s)${c.whileTitle ? ` while ${c.whileTitle}` : ''}`;
    case 'course':
      return th ? `ผ่านหลักสูตร ${c.courses.join(' หรือ ')}` : `Passed ${c.courses.join(' or ')}`;
    case 'evidenced_work':
      return th
        ? `มีผลงานเชิงประจักษ์ที่ได้รับการรับรองไม่น้อยกว่า ${c.min} เรื่อง`
        : `At least ${c.min} approved evidenced work(s)`;
    case 'competency':
      return th
        ? `ผ่านการประเมินสมรรถนะ${c.competency ? ` ${c.competency}` : ''}${c.minScore !== undefined ? ` ได้คะแนนไม่น้อยกว่า ${c.minScore}` : ''}`
        : `Passed the competency assessment${c.competency ? ` ${c.competency}` : ''}${c.minScore !== undefined ? ` scoring at least ${c.minScore}` : ''}`;
  }
}

/** The threshold an office may edit in a draft: a count, years or a score; null when none. */
export function threshold(c: Criterion): number | null {
  if (c.kind === 'time') return c.min.years;
  if (c.kind === 'units_served' || c.kind === 'sections_overseen' || c.kind === 'evidenced_work')
    return c.min;
  if (c.kind === 'competency') return c.minScore ?? null;
  return null;
}

/** The same criterion with its threshold changed. */
export function withThreshold(c: Criterion, value: number): Criterion {
  if (c.kind === 'time') return { ...c, min: { ...c.min, years: value } };
  if (c.kind === 'units_served' || c.kind === 'sections_overseen' || c.kind === 'evidenced_work')
    return { ...c, min: value };
  if (c.kind === 'competency') return { ...c, minScore: value };
  return c;
}
