/** Placeholder: replaced by the feature's real page. */
export function AdminPage() {
  return (
    <section>
      <h1>ผู้ดูแลระบบ</h1>
    </section>
  );
}
