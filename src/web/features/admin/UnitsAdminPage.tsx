/** Placeholder: replaced by the feature's real page. */
export function UnitsAdminPage() {
  return (
    <section>
      <h1>หน่วยงาน</h1>
    </section>
  );
}
