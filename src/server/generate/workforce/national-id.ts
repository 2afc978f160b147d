/**
 * Valid, unique, invented national IDs: the first digit by birth year (1 for people born from 1984 on,
 * who got their number at birth, 3 for older people), the Bangkok code 10, three digits naming the
 * dataset (000 the demo, the scale for the generator: datasets can share a database), six digits from the
 * person's place in it through a bijection (so numbers do not count up), and the check digit — the one of
 * 0–9 that the domain's own checker accepts.
 */
import { thaiNationalIdValid } from '../../../shared/api/workforce/people';

const SPACE = 1_000_000;
/** 7 is coprime to 10⁶: i ↦ (7i + 130_013) mod 10⁶ is one-to-one. */
const scramble = (i: number) => (i * 7 + 130_013) % SPACE;

export function nationalIdFor(dataset: number, index: number, birthYear: number): string {
  if (index < 0 || index >= SPACE || dataset < 0 || dataset > 999)
    throw new RangeError(`nationalIdFor: ${dataset}/${index} out of range`);
  const first12 =
    (birthYear >= 1984 ? '1' : '3') +
    '10' +
    String(dataset).padStart(3, '0') +
    String(scramble(index)).padStart(6, '0');
  for (let check = 0; check <= 9; check++) {
    const id = `${first12}${check}`;
    if (thaiNationalIdValid(id)) return id;
  }
  throw new Error(`no check digit for ${first12}`); // cannot happen: (11 − s mod 11) mod 10 is a digit
}
