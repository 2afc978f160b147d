/**
 * The workforce's vocabulary for the demo and the generator: the ten sections of a district office
 * (/work/shared/seed-notes/career-paths-002.json; inferred there, not from the seed) with the lines of work
 * (สายงาน) that staff them, the sections of a bureau or office, the key titles, the levels of each position
 * type in order, and the words of people's names. Only the section and title names are real; every person
 * put together from these lists is invented.
 */
import type { PositionType } from './types';

/** A section (ฝ่าย) and who works in it: an academic line, a general line, and employees' titles. */
export interface SectionWords {
  name: string;
  academic: string;
  general: string;
  employees: readonly string[];
}

// prettier-ignore
export const DISTRICT_SECTIONS: readonly SectionWords[] = [
  { name: 'ฝ่ายปกครอง', academic: 'นักปกครอง', general: 'เจ้าพนักงานปกครอง', employees: ['พนักงานธุรการ'] },
  { name: 'ฝ่ายทะเบียน', academic: 'นักวิชาการทะเบียน', general: 'เจ้าพนักงานทะเบียน', employees: ['พนักงานธุรการ'] },
  { name: 'ฝ่ายการคลัง', academic: 'นักวิชาการเงินและบัญชี', general: 'เจ้าพนักงานการเงินและบัญชี', employees: ['พนักงานธุรการ'] },
  { name: 'ฝ่ายรายได้', academic: 'นักวิชาการจัดเก็บรายได้', general: 'เจ้าพนักงานจัดเก็บรายได้', employees: ['พนักงานธุรการ'] },
  { name: 'ฝ่ายโยธา', academic: 'วิศวกรโยธา', general: 'นายช่างโยธา', employees: ['พนักงานสถานที่', 'คนงาน'] },
  { name: 'ฝ่ายเทศกิจ', academic: 'นักวิชาการเทศกิจ', general: 'เจ้าพนักงานเทศกิจ', employees: ['พนักงานเทศกิจ'] },
  { name: 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ', academic: 'นักวิชาการสุขาภิบาล', general: 'เจ้าพนักงานสุขาภิบาล', employees: ['พนักงานกวาดถนน', 'พนักงานขับรถยนต์', 'พนักงานเก็บขนมูลฝอย', 'คนสวน'] },
  { name: 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล', academic: 'นักวิชาการสิ่งแวดล้อม', general: 'เจ้าพนักงานสาธารณสุข', employees: ['พนักงานธุรการ'] },
  { name: 'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม', academic: 'นักพัฒนาสังคม', general: 'เจ้าพนักงานพัฒนาชุมชน', employees: ['พนักงานธุรการ'] },
  { name: 'ฝ่ายการศึกษา', academic: 'นักวิชาการศึกษา', general: 'เจ้าพนักงานธุรการ', employees: ['พนักงานธุรการ'] },
];

/** Sections of a bureau, office or institute: its own line of work first (by unit key), then the support sections. */
// prettier-ignore
export const SUPPORT_SECTIONS: readonly SectionWords[] = [
  { name: 'ฝ่ายบริหารงานทั่วไป', academic: 'นักจัดการงานทั่วไป', general: 'เจ้าพนักงานธุรการ', employees: ['พนักงานขับรถยนต์', 'พนักงานธุรการ'] },
  { name: 'ฝ่ายการเจ้าหน้าที่', academic: 'นักทรัพยากรบุคคล', general: 'เจ้าพนักงานธุรการ', employees: ['พนักงานธุรการ'] },
  { name: 'ฝ่ายการเงินและบัญชี', academic: 'นักวิชาการเงินและบัญชี', general: 'เจ้าพนักงานการเงินและบัญชี', employees: ['พนักงานธุรการ'] },
  { name: 'ฝ่ายพัสดุ', academic: 'นักวิชาการพัสดุ', general: 'เจ้าพนักงานพัสดุ', employees: ['พนักงานสถานที่'] },
  { name: 'ฝ่ายแผนงาน', academic: 'นักวิเคราะห์นโยบายและแผน', general: 'เจ้าพนักงานธุรการ', employees: ['พนักงานธุรการ'] },
];

/** The agency's own work, by the unit key of thai-words.ts (others get a generic one). */
// prettier-ignore
export const OWN_SECTIONS: Readonly<Record<string, SectionWords>> = {
  EDU: { name: 'กลุ่มโรงเรียนในสังกัด', academic: 'ครู', general: 'เจ้าพนักงานธุรการ', employees: ['นักการภารโรง'] },
  MED: { name: 'กลุ่มงานการพยาบาล', academic: 'พยาบาลวิชาชีพ', general: 'เจ้าพนักงานเภสัชกรรม', employees: ['พนักงานช่วยการพยาบาล'] },
  HEALTH: { name: 'ศูนย์บริการสาธารณสุข', academic: 'นักวิชาการสาธารณสุข', general: 'เจ้าพนักงานสาธารณสุข', employees: ['พนักงานช่วยการพยาบาล'] },
  NMU: { name: 'คณะแพทยศาสตร์วชิรพยาบาล', academic: 'อาจารย์', general: 'เจ้าพนักงานธุรการ', employees: ['พนักงานช่วยการพยาบาล'] },
  BHRDI: { name: 'ส่วนพัฒนาบุคคล', academic: 'นักทรัพยากรบุคคล', general: 'เจ้าพนักงานธุรการ', employees: ['พนักงานธุรการ'] },
  PUBWORKS: { name: 'สำนักงานก่อสร้างและบูรณะ', academic: 'วิศวกรโยธา', general: 'นายช่างโยธา', employees: ['คนงาน'] },
  FIRE: { name: 'สถานีดับเพลิงและกู้ภัย', academic: 'นักวิชาการป้องกันและบรรเทาสาธารณภัย', general: 'เจ้าพนักงานป้องกันและบรรเทาสาธารณภัย', employees: ['พนักงานขับรถยนต์'] },
};

export const GENERIC_OWN_SECTION: SectionWords = {
  name: 'ส่วนปฏิบัติการ',
  academic: 'นักวิเคราะห์นโยบายและแผน',
  general: 'เจ้าพนักงานธุรการ',
  employees: ['พนักงานธุรการ'],
};

export const DISTRICT_DIRECTOR = 'ผู้อำนวยการเขต';
export const ASSISTANT_DISTRICT_DIRECTOR = 'ผู้ช่วยผู้อำนวยการเขต';
export const headTitle = (section: string) => `หัวหน้า${section}`;
/** The head of a bureau, office or institute, and their deputy. */
export const AGENCY_HEAD: Readonly<Record<string, string>> = {
  bureau: 'ผู้อำนวยการสำนัก',
  office: 'ผู้อำนวยการสำนักงาน',
  institute: 'ผู้อำนวยการสถาบัน',
  other: 'ผู้อำนวยการ',
};
export const AGENCY_DEPUTY = 'รองผู้อำนวยการ';

/** The levels of each position type, lowest first (formats.md). */
export const LEVELS: Readonly<Record<PositionType, readonly string[]>> = {
  executive: ['junior', 'senior'],
  managerial: ['junior', 'senior'],
  academic: ['practitioner', 'professional', 'senior_professional', 'expert', 'advisory'],
  general: ['operational', 'experienced', 'senior_general', 'special_skill'],
};

/** First names by gender: the generator's list (even places male, odd female) and more of each. */
// prettier-ignore
export const MALE_NAMES: readonly string[] = [
  'สมชาย', 'วิชัย', 'ประเสริฐ', 'ธนพล', 'อนุชา', 'ณัฐวุฒิ', 'ปิยะ', 'เกียรติศักดิ์', 'สุรชัย', 'ชัยวัฒน์',
  'ประยุทธ', 'สมศักดิ์', 'วีระพงษ์', 'ธีรวัฒน์', 'พงศกร', 'กิตติพงษ์', 'อภิชาติ', 'ศุภชัย', 'นพดล', 'จักรพันธ์',
  'ภานุวัฒน์', 'ธวัชชัย', 'วรวุฒิ', 'สุทธิพงษ์', 'ปรีชา', 'บุญเลิศ', 'เอกชัย', 'ทวีศักดิ์', 'ไพโรจน์', 'อำนาจ',
];
// prettier-ignore
export const FEMALE_NAMES: readonly string[] = [
  'สมหญิง', 'สุภาพร', 'กาญจนา', 'ศิริพร', 'พรทิพย์', 'จิราพร', 'วรรณา', 'รัตนา', 'อรุณี', 'มาลัย',
  'นภาพร', 'สุดารัตน์', 'ปวีณา', 'กมลวรรณ', 'ชนิดา', 'ณัฐธิดา', 'พิมพ์ชนก', 'วิไลวรรณ', 'อัญชลี', 'เพ็ญศรี',
  'ดวงใจ', 'ลัดดาวัลย์', 'สุนันทา', 'จันทร์เพ็ญ', 'ธิดารัตน์', 'ปัทมา', 'เยาวลักษณ์', 'ศศิธร', 'อารีรัตน์', 'บุษบา',
];
/** Family names: the generator's list, and others put together from a head and a tail. */
// prettier-ignore
export const FAMILY_HEADS: readonly string[] = [
  'ศรี', 'แก้ว', 'ทอง', 'บุญ', 'สุข', 'วงศ์', 'ชัย', 'พงษ์', 'เจริญ', 'มณี', 'รัตน', 'จันทร์', 'อินทร์', 'ประเสริฐ',
];
// prettier-ignore
export const FAMILY_TAILS: readonly string[] = [
  'สวัสดิ์', 'ประเสริฐ', 'มงคล', 'ไพบูลย์', 'สกุล', 'วัฒนา', 'ศักดิ์', 'รุ่งเรือง', 'ดี', 'พันธ์', 'ภักดี', 'สมบูรณ์',
  'ทรัพย์', 'ธรรม',
];
