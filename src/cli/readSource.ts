import { readFileSync, statSync } from 'node:fs';
import { decodeSource, type DecodeProblem } from '../core/text/decode';

/** Sources larger than this are not read: they are not news articles, and would only exhaust memory. */
export const MAX_SOURCE_BYTES = 256 * 1024 * 1024;

export interface SourceText {
  text: string;
  /** Why the text is empty or approximate, in words for the person running the CLI. */
  problem?: DecodeProblem | { kind: 'too-large'; message: string };
}

/** Reads a source as VS Code would show it: UTF-8, the byte-order mark dropped; binary and huge files reported, not read. */
export function readSource(file: string): SourceText {
  const size = statSync(file).size;
  if (size > MAX_SOURCE_BYTES) {
    return { text: '', problem: { kind: 'too-large', message: `${(size / 1024 / 1024).toFixed(0)} MB is larger than the ${MAX_SOURCE_BYTES / 1024 / 1024} MB Newsmark reads — split the file` } };
  }
  return decodeSource(readFileSync(file));
}

/** The text of a source (empty for binary files). */
export function readSourceFile(file: string): string {
  return readSource(file).text;
}
