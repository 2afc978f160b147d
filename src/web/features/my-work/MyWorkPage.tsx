/** Placeholder: replaced by the feature's real page. */
export function MyWorkPage() {
  return (
    <section>
      <h1>งานของฉัน</h1>
    </section>
  );
}
