import type { Span } from './model';

/** One replacement that turns `before` into `after`: `before.slice(start, end)` becomes `text`. */
export interface TextChange extends Span {
  text: string;
}

/**
 * The smallest single replacement from `before` to `after` (common prefix and suffix kept), or null when they
 * are equal. Editors apply it as one edit, so undo restores exactly what was there and the cursor stays put.
 */
export function smallestChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  // never split a surrogate pair or a CRLF between the kept and the replaced part
  while (prefix > 0 && (isLowSurrogate(after.charCodeAt(prefix)) || (after[prefix] === '\n' && after[prefix - 1] === '\r'))) prefix--;
  while (suffix > 0 && isLowSurrogate(after.charCodeAt(after.length - suffix))) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
