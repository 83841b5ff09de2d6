// Turning a file's bytes into the text VS Code would show, or a clear reason why it is not a news source.

/** Why a source could not be read as text, for a message a person can act on. */
export type DecodeProblem =
  | { kind: 'binary'; message: string }
  | { kind: 'invalid-utf8'; message: string; firstBadByte: number };

export interface DecodedSource {
  /** The text (UTF-8, a leading byte-order mark dropped as VS Code does); invalid sequences become U+FFFD. */
  text: string;
  /** Set when the bytes are binary (text is then empty) or not valid UTF-8 (text is still usable). */
  problem?: DecodeProblem;
}

const SNIFF_BYTES = 8192;

/**
 * Decodes a source file's bytes. Binary content (NUL bytes or mostly control characters in the first 8 KiB)
 * gives an empty text and a `binary` problem; invalid UTF-8 is decoded with replacement characters and
 * reported with the offset of the first bad byte. Never throws.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (looksBinary(bytes)) {
    return { text: '', problem: { kind: 'binary', message: 'this looks like a binary file (it contains NUL or control bytes), not a news text — skipped' } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const firstBadByte = firstInvalidUtf8(bytes);
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      problem: { kind: 'invalid-utf8', firstBadByte, message: `not valid UTF-8 (first bad byte at offset ${firstBadByte}); read with replacement characters — re-save the file as UTF-8 for exact offsets` },
    };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  return mostlyControl(Math.min(bytes.length, SNIFF_BYTES), (i) => bytes[i]);
}

/** The same test on decoded text (an editor's buffer): NUL or mostly control characters at the start. */
export function looksBinaryText(text: string): boolean {
  return mostlyControl(Math.min(text.length, SNIFF_BYTES), (i) => text.charCodeAt(i));
}

function mostlyControl(n: number, codeAt: (i: number) => number): boolean {
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = codeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control / n > 0.1;
}

/** The offset of the first byte that breaks UTF-8 (or bytes.length when none does). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}
