/** Placeholder: replaced by the feature's real page. */
export function TimelinessPage() {
  return (
    <section>
      <h1>ความตรงเวลาของการรายงาน</h1>
    </section>
  );
}
