import { readFileSync } from 'node:fs';

/** Reads a source as VS Code would show it: UTF-8, the byte-order mark dropped. */
export function readSourceFile(file: string): string {
  return new TextDecoder('utf-8').decode(readFileSync(file));
}
