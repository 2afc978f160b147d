import { defineMessages } from '../../../shared/i18n/useMessages';

/** Wording shared by the workforce pages (the dashboard, the directory, the person page, the import). */
export const wfMessages = defineMessages({
  th: {
    chartOf: 'กราฟแท่ง{chart}',
    colItem: 'รายการ',
    colCount: 'จำนวน (คน)',
    total: 'รวม',
    none: 'ไม่มีข้อมูล',
    asOf: 'ข้อมูล ณ วันที่',
    asOfIs: 'ณ วันที่ {date}',
    print: 'พิมพ์',
    page: 'หน้า {page} จาก {pages}',
    prev: 'ก่อนหน้า',
    next: 'ถัดไป',
    unit: 'หน่วยงาน',
    allUnits: 'ทุกหน่วยงาน',
  },
  en: {
    chartOf: 'Bar chart of {chart}',
    colItem: 'Item',
    colCount: 'Count (people)',
    total: 'Total',
    none: 'No data',
    asOf: 'As of',
    asOfIs: 'as of {date}',
    print: 'Print',
    page: 'Page {page} of {pages}',
    prev: 'Previous',
    next: 'Next',
    unit: 'Unit',
    allUnits: 'All units',
  },
});
