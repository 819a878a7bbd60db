// Order keys between two neighbours: a port of FashionWallet.Core/Designs/FractionalIndex.cs (the API checks the
// same rules), so moving a layer changes only its own key.
const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const smallest = 'A' + '0'.repeat(26);

function integerLength(head: string): number {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 97 + 2;
  if (head >= 'A' && head <= 'Z') return 90 - head.charCodeAt(0) + 2;
  throw new Error(`'${head}' does not start an order key`);
}

const integerPart = (key: string) => key.slice(0, integerLength(key[0]));

function midpoint(low: string, high: string | null): string {
  if (high !== null) {
    let common = 0;
    while (common < high.length && (common < low.length ? low[common] : '0') === high[common]) common++;
    if (common > 0) return high.slice(0, common) + midpoint(common < low.length ? low.slice(common) : '', high.slice(common));
  }
  const lowDigit = low.length > 0 ? digits.indexOf(low[0]) : 0;
  const highDigit = high !== null ? digits.indexOf(high[0]) : digits.length;
  if (highDigit - lowDigit > 1) return digits[Math.floor((lowDigit + highDigit + 1) / 2)];
  if (high !== null && high.length > 1) return high.slice(0, 1);
  return digits[lowDigit] + midpoint(low.length > 0 ? low.slice(1) : '', null);
}

function increment(integer: string): string | null {
  const ds = integer.slice(1).split('');
  for (let i = ds.length - 1; i >= 0; i--) {
    const next = digits.indexOf(ds[i]) + 1;
    if (next < digits.length) { ds[i] = digits[next]; return integer[0] + ds.join(''); }
    ds[i] = '0';
  }
  if (integer[0] === 'Z') return 'a0';
  if (integer[0] === 'z') return null;
  const up = String.fromCharCode(integer.charCodeAt(0) + 1);
  return up > 'a' ? up + ds.join('') + '0' : up + ds.join('').slice(1);
}

function decrement(integer: string): string | null {
  const ds = integer.slice(1).split('');
  for (let i = ds.length - 1; i >= 0; i--) {
    const next = digits.indexOf(ds[i]) - 1;
    if (next >= 0) { ds[i] = digits[next]; return integer[0] + ds.join(''); }
    ds[i] = 'z';
  }
  if (integer[0] === 'a') return 'Z' + digits[digits.length - 1];
  if (integer[0] === 'A') return null;
  const down = String.fromCharCode(integer.charCodeAt(0) - 1);
  return down < 'Z' ? down + ds.join('') + 'z' : down + ds.join('').slice(1);
}

/** A key strictly between `before` and `after`; null means no neighbour on that side. */
export function between(before: string | null, after: string | null): string {
  if (before === null) {
    if (after === null) return 'a0';
    const integer = integerPart(after);
    const fraction = after.slice(integer.length);
    if (integer === smallest) return integer + midpoint('', fraction);
    if (fraction.length > 0) return integer;
    const down = decrement(integer);
    if (down === null) throw new Error('No order key is smaller than this one.');
    return down;
  }
  const beforeInteger = integerPart(before);
  const beforeFraction = before.slice(beforeInteger.length);
  if (after === null) return increment(beforeInteger) ?? beforeInteger + midpoint(beforeFraction, null);
  const afterInteger = integerPart(after);
  if (beforeInteger === afterInteger) return beforeInteger + midpoint(beforeFraction, after.slice(afterInteger.length));
  const next = increment(beforeInteger);
  if (next === null) throw new Error('No order key is larger than this one.');
  return next < after ? next : beforeInteger + midpoint(beforeFraction, null);
}
