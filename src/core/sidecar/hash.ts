// Pure-TypeScript hashes (no Node crypto): FNV-1a over the UTF-8 bytes of a string.

/** FNV-1a 32-bit of the UTF-8 bytes of `text`, as 8 hex digits. */
export function fnv1a32(text: string): string {
  let h = 0x811c9dc5;
  forEachUtf8Byte(text, (byte) => {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  });
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** FNV-1a 64-bit of the UTF-8 bytes of `text`, as 16 hex digits (four 16-bit limbs, no BigInt). */
export function fnv1a64(text: string): string {
  // offset basis 0xcbf29ce484222325, prime 0x100000001b3 = 2^40 + 0x1b3
  let h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2;
  forEachUtf8Byte(text, (byte) => {
    h0 ^= byte;
    // multiply by 0x1b3 and add (h << 40): limb 2 gets h0 << 8, limb 3 gets (h0 >> 8) and h1 << 8
    let t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3;
    let t3 = h3 * 0x1b3;
    t2 += h0 << 8;
    t3 += h1 << 8;
    t1 += t0 >>> 16; h0 = t0 & 0xffff;
    t2 += t1 >>> 16; h1 = t1 & 0xffff;
    t3 += t2 >>> 16; h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  });
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

function forEachUtf8Byte(text: string, visit: (byte: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) visit(c);
    else if (c < 0x800) {
      visit(0xc0 | (c >> 6));
      visit(0x80 | (c & 63));
    } else {
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          visit(0xf0 | (c >> 18));
          visit(0x80 | ((c >> 12) & 63));
          visit(0x80 | ((c >> 6) & 63));
          visit(0x80 | (c & 63));
          continue;
        }
      }
      if (c >= 0xd800 && c < 0xe000) c = 0xfffd; // lone surrogate: what a UTF-8 encoder writes
      visit(0xe0 | (c >> 12));
      visit(0x80 | ((c >> 6) & 63));
      visit(0x80 | (c & 63));
    }
  }
}

/** UTF-8 length of `text` in bytes. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}
