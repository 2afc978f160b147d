/**
 * Thai has no spaces between words: text is cut into words with Intl.Segmenter('th') (ICU's dictionary), at
 * write time into a tokens column and at query time the same way, so that a query word matches a stored word.
 * Latin letters are lower-cased; punctuation and spaces are dropped; Thai digits become Arabic ones.
 */
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const THAI_DIGITS = /[๐-๙]/g;

export function searchTokens(...texts: ReadonlyArray<string | null | undefined>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const normal = text.normalize('NFC').replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));
    for (const s of segmenter.segment(normal)) {
      if (s.isWordLike) words.add(s.segment.toLowerCase());
    }
  }
  return [...words].sort();
}
