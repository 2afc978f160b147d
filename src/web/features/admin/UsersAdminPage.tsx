/** Placeholder: replaced by the feature's real page. */
export function UsersAdminPage() {
  return (
    <section>
      <h1>ผู้ใช้</h1>
    </section>
  );
}
