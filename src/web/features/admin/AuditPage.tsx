/** Placeholder: replaced by the feature's real page. */
export function AuditPage() {
  return (
    <section>
      <h1>ประวัติการแก้ไข</h1>
    </section>
  );
}
