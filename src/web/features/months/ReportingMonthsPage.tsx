/** Placeholder: replaced by the feature's real page. */
export function ReportingMonthsPage() {
  return (
    <section>
      <h1>เดือนที่เปิดรายงาน</h1>
    </section>
  );
}
