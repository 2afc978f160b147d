/**
 * The Idempotency-Key of the report form (docs/security.md, 4.6): one key per intended submission.
 * A retry of the same report (after a network error or a timeout, when the first attempt may have been
 * saved) sends the same key, so the server answers it once and writes one record; a successful save, or
 * a changed form, starts a new submission with a new key (the server refuses a key reused for another body).
 */
export class SubmissionKey {
  private key: string;
  /** The body the key was first sent with; null until it is sent. */
  private body: string | null = null;

  constructor(private readonly newKey: () => string = randomKey) {
    this.key = newKey();
  }

  /** The key to send with this body. */
  for(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.body !== null && this.body !== text) this.key = this.newKey();
    this.body = text;
    return this.key;
  }

  /** The report was saved: the next submission is another one. */
  saved(): void {
    this.key = this.newKey();
    this.body = null;
  }
}

/**
 * A random UUID. crypto.randomUUID exists only on HTTPS or localhost; a trial served over plain HTTP on
 * another address still has getRandomValues, so the same version-4 UUID is built from it.
 */
export function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
