import {
  BE_OFFSET,
  formatNumber,
  formatThaiDate,
  parsePeriod,
  THAI_MONTHS,
  toThaiDigits,
} from '../../../domain';
import { STATUS_LABEL_EN, STATUS_LABEL_TH, type ProjectStatus } from '../../../domain/monitoring';
import type { Lang } from '../i18n/I18nProvider';

const ENGLISH_MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))),
);

/** The default level words of the minutes, in English (a plan may use other words: those stay Thai). */
const LEVEL_EN: Record<string, string> = {
  มากที่สุด: 'very high',
  มาก: 'high',
  ปานกลาง: 'moderate',
  น้อย: 'low',
  น้อยที่สุด: 'very low',
};

export interface Formatter {
  lang: Lang;
  thaiDigits: boolean;
  digits: (text: string | number) => string;
  number: (value: number | string, maxDecimals?: number) => string;
  baht: (value: string | number) => string;
  monthName: (month: number) => string;
  /** "2566-05" → "พฤษภาคม 2566" / "May 2023 (BE 2566)". */
  period: (period: string) => string;
  fiscalYear: (yearBE: number) => string;
  /** ISO date (CE) → "31 พฤษภาคม 2566" / "31 May 2023". */
  date: (isoDate: string) => string;
  /** A timestamp, as date and time in Bangkok. */
  dateTime: (timestamp: string) => string;
  status: (status: ProjectStatus) => string;
  level: (level: string | null) => string;
}

const bangkokParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Bangkok',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A timestamp's Bangkok date ("2023-05-31") and time ("14:05"). */
export function bangkokDateTime(timestamp: string | Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    bangkokParts.formatToParts(new Date(timestamp)).map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

export function makeFormatter(lang: Lang, thaiDigits: boolean): Formatter {
  const digits = (text: string | number) => (thaiDigits ? toThaiDigits(String(text)) : String(text));
  const monthName = (month: number) =>
    (lang === 'th' ? THAI_MONTHS[month - 1] : ENGLISH_MONTHS[month - 1]) ?? '';
  const date = (isoDate: string) => {
    if (lang === 'th') return formatThaiDate(isoDate, { thaiDigits });
    const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
    return digits(`${day} ${monthName(month ?? 1)} ${year}`);
  };
  return {
    lang,
    thaiDigits,
    digits,
    number: (value, maxDecimals = 2) => formatNumber(value, { maxDecimals, thaiDigits }),
    baht: (value) =>
      `${formatNumber(value, { maxDecimals: 2, minDecimals: 2, thaiDigits })} ${lang === 'th' ? 'บาท' : 'baht'}`,
    monthName,
    period: (text) => {
      const p = parsePeriod(text);
      if (!p) return digits(text);
      const label =
        lang === 'th'
          ? `${monthName(p.month)} ${p.yearBE}`
          : `${monthName(p.month)} ${p.yearBE - BE_OFFSET} (BE ${p.yearBE})`;
      return digits(label);
    },
    fiscalYear: (yearBE) =>
      digits(lang === 'th' ? `ปีงบประมาณ พ.ศ. ${yearBE}` : `Fiscal year BE ${yearBE} (${yearBE - BE_OFFSET})`),
    date,
    dateTime: (timestamp) => {
      const { date: day, time } = bangkokDateTime(timestamp);
      return `${date(day)} ${digits(time)}${lang === 'th' ? ' น.' : ''}`;
    },
    status: (status) => (lang === 'th' ? STATUS_LABEL_TH : STATUS_LABEL_EN)[status] ?? status,
    level: (level) => (level === null ? '–' : lang === 'th' ? level : (LEVEL_EN[level] ?? level)),
  };
}
