/**
 * An amount in Thai words, BAHTTEXT style (the convention of Thai spreadsheets): "…บาทถ้วน" or "…บาท…สตางค์".
 * Written from the number so the words can never disagree with the digits (seed 004's memo did, by 3,000,000).
 */
const DIGITS = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
const PLACES = ['', 'สิบ', 'ร้อย', 'พัน', 'หมื่น', 'แสน'];
const MILLION = 1_000_000n;

/** 0 < n < 1,000,000; `afterHigher`: a higher group precedes it, so a final 1 reads เอ็ด. */
function group(n: number, afterHigher: boolean): string {
  const digits = String(n).split('').map(Number).reverse();
  let out = '';
  for (let place = digits.length - 1; place >= 0; place--) {
    const d = digits[place]!;
    if (d === 0) continue;
    if (place === 1) out += d === 1 ? 'สิบ' : d === 2 ? 'ยี่สิบ' : `${DIGITS[d]}สิบ`;
    else if (place === 0) out += d === 1 && (n > 1 || afterHigher) ? 'เอ็ด' : DIGITS[d];
    else out += `${DIGITS[d]}${PLACES[place]}`;
  }
  return out;
}

/** Words for a positive whole number; millions repeat (ล้านล้าน). */
function whole(n: bigint, afterHigher = false): string {
  if (n < MILLION) return group(Number(n), afterHigher);
  const low = n % MILLION;
  return `${whole(n / MILLION, afterHigher)}ล้าน${low > 0n ? group(Number(low), true) : ''}`;
}

/** The amount given in satang (an integer ≥ 0). */
export function bahtText(satang: bigint): string {
  if (satang < 0n) throw new RangeError('bahtText needs a non-negative amount');
  const baht = satang / 100n;
  const st = satang % 100n;
  if (baht === 0n && st === 0n) return 'ศูนย์บาทถ้วน';
  const bahtPart = baht > 0n ? `${whole(baht)}บาท` : '';
  return st === 0n ? `${bahtPart}ถ้วน` : `${bahtPart}${group(Number(st), false)}สตางค์`;
}
