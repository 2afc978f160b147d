/**
 * The generator's development year (issue 11), pure: an HRD plan of the dataset with its strategies, and for
 * every fiscal year of the dataset the projects each agency runs (form HRD of the year: 2–6 an agency, their
 * activity type, seats, budget and dates). The records of the people (about 5 a person and year) are drawn
 * in SQL from the same seed (records.ts), so a Bangkok-scale dataset needs no 2,000,000 rows in memory.
 */
import type { Random } from '../random';

export interface DevelopmentStrategy {
  no: string;
  name: string;
}

export interface DevelopmentProject {
  fiscalYear: number;
  unitCode: string;
  code: string;
  name: string;
  strategyNo: string;
  activityType: 'training' | 'meeting' | 'seminar' | 'study_visit';
  participants: number;
  budget: number;
  budgetSource: 'ordinance' | 'other' | 'none';
  startDate: string;
  endDate: string;
  days: number;
  digital: boolean;
}

export interface BuiltDevelopment {
  plan: { code: string; name: string; fromYear: number; toYear: number };
  strategies: DevelopmentStrategy[];
  fiscalYears: number[];
  projects: DevelopmentProject[];
}

const STRATEGIES = [
  'พัฒนาสมรรถนะบุคลากรให้สอดคล้องกับภารกิจ',
  'พัฒนาผู้บริหารทุกระดับ',
  'พัฒนาทักษะดิจิทัลของบุคลากร',
  'เสริมสร้างคุณธรรม จริยธรรม และธรรมาภิบาล',
  'พัฒนาคุณภาพชีวิตและความผูกพันต่อองค์กร',
];

const TOPICS = [
  'การบริหารงานบุคคล',
  'การเขียนหนังสือราชการ',
  'ภาวะผู้นำ',
  'การวิเคราะห์ข้อมูล',
  'การบริการประชาชน',
  'การป้องกันการทุจริต',
  'ความปลอดภัยในการทำงาน',
  'การจัดซื้อจัดจ้าง',
  'การใช้เทคโนโลยีดิจิทัล',
  'การบริหารโครงการ',
];

const KIND: Record<DevelopmentProject['activityType'], string> = {
  training: 'โครงการฝึกอบรมหลักสูตร',
  meeting: 'โครงการประชุมเชิงปฏิบัติการเรื่อง',
  seminar: 'โครงการสัมมนาเรื่อง',
  study_visit: 'โครงการศึกษาดูงานด้าน',
};

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The first day (ISO) of BE fiscal year `fy`: 1 October of the year before. */
export const fiscalYearStart = (fy: number) => `${fy - 543 - 1}-10-01`;

export function buildDevelopment(
  scale: number,
  fiscalYears: readonly number[],
  unitCodes: readonly string[],
  rng: Random,
): BuiltDevelopment {
  const fromYear = fiscalYears[0]!;
  const toYear = Math.max(fiscalYears[fiscalYears.length - 1]!, fromYear + 4);
  const strategies = STRATEGIES.map((name, i) => ({ no: String(i + 1), name }));
  const projects: DevelopmentProject[] = [];
  const kinds = Object.keys(KIND) as DevelopmentProject['activityType'][];
  for (const fy of fiscalYears) {
    unitCodes.forEach((unitCode, u) => {
      const count = rng.int(2, 6);
      for (let k = 1; k <= count; k++) {
        const activityType = rng.chance(0.6) ? 'training' : kinds[rng.int(1, 3)]!;
        const topic = TOPICS[rng.int(0, TOPICS.length - 1)]!;
        const start = new Date(`${fiscalYearStart(fy)}T00:00:00Z`);
        start.setUTCDate(start.getUTCDate() + rng.int(14, 320));
        const days = rng.int(1, 5);
        const end = new Date(start);
        end.setUTCDate(end.getUTCDate() + days - 1);
        const budgetSource = rng.chance(0.75) ? 'ordinance' : rng.chance(0.5) ? 'other' : 'none';
        const participants = rng.int(2, 20) * 10;
        projects.push({
          fiscalYear: fy,
          unitCode,
          code: `G${scale}-${fy}-${String(u + 1).padStart(3, '0')}-${k}`,
          name: `${KIND[activityType]}${topic} (ตัวอย่าง)`,
          strategyNo: topic === 'การใช้เทคโนโลยีดิจิทัล' ? '3' : String(rng.int(1, STRATEGIES.length)),
          activityType,
          participants,
          budget: budgetSource === 'none' ? 0 : participants * days * rng.int(4, 12) * 100,
          budgetSource,
          startDate: iso(start),
          endDate: iso(end),
          days,
          digital: topic === 'การใช้เทคโนโลยีดิจิทัล',
        });
      }
    });
  }
  return {
    plan: {
      code: `G${scale}-HRD-${fromYear}-${toYear}`,
      name: `แผนพัฒนาทรัพยากรบุคคลกรุงเทพมหานคร พ.ศ. ${fromYear}–${toYear} (ข้อมูลสร้าง ขนาด ${scale})`,
      fromYear,
      toYear,
    },
    strategies,
    fiscalYears: [...fiscalYears],
    projects,
  };
}
