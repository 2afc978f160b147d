import { defineMessages } from '../i18n/useMessages';

/** The words of a chart's "numbers one click away" (every module's charts). */
export const chartMessages = defineMessages({
  th: {
    showNumbers: 'ดูตัวเลข',
    hideNumbers: 'ซ่อนตัวเลข',
    numbersOf: 'ตัวเลขของ{chart}',
  },
  en: {
    showNumbers: 'Show numbers',
    hideNumbers: 'Hide numbers',
    numbersOf: 'Numbers of {chart}',
  },
});
