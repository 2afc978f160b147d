/** Placeholder: replaced by the feature's real page. */
export function ProblemsPage() {
  return (
    <section>
      <h1>ทะเบียนปัญหาอุปสรรค</h1>
    </section>
  );
}
