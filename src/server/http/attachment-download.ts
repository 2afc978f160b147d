/**
 * Sending a stored file back (kernel: the committee's and monitoring's attachments): always as an
 * attachment (never rendered inline), its type as stored, not sniffed by the browser, not cached.
 */
import type { FastifyReply } from 'fastify';

/** RFC 6266/5987: an ASCII fallback name and the UTF-8 (Thai) one, every reserved character escaped. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const utf8 = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

export function sendAttachment(
  reply: FastifyReply,
  file: { fileName: string; mediaType: string; bytes: Uint8Array },
) {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('content-length', file.bytes.length)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}
