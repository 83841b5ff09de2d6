import { Writable } from 'node:stream';

/** A writable stream that keeps what is written, for checking what a CLI command prints. */
export function sink(): Writable & { text: string; isTTY?: boolean } {
  const out = new Writable({
    write(chunk, _enc, done) {
      out.text += String(chunk);
      done();
    },
  }) as Writable & { text: string };
  out.text = '';
  return out;
}
