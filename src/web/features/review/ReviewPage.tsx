/** Placeholder: replaced by the feature's real page. */
export function ReviewPage() {
  return (
    <section>
      <h1>ตรวจและรับรองรายงาน</h1>
    </section>
  );
}
