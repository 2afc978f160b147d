/**
 * Key results (ผลลัพธ์ที่สำคัญ). The target and action plan pages reuse the table, the number formatting and
 * the default fiscal year from here: this index is the feature's public face.
 */
export { KeyResultsPage, asOfForYear, defaultFiscalYear } from './KeyResultsPage';
export { KeyResultTable } from './KeyResultTable';
export {
  barWidth,
  decimalText,
  krPeriodText,
  monthAbbreviation,
  moneyText,
  shortMonth,
  targetText,
} from './format';
export { krMessages } from './messages';
