/** Placeholder: replaced by the feature's real page. */
export function NeedsAttentionPage() {
  return (
    <section>
      <h1>โครงการที่ต้องติดตาม</h1>
    </section>
  );
}
