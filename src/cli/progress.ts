/** stderr as the CLI sees it: a terminal has a width and can redraw a line. */
export type ErrorStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/** Show progress from this many sources on. */
const PROGRESS_FROM = 20;
/** Without a terminal (a log, a CI job): one line every this many sources. */
const COUNT_EVERY = 1000;
/** On a terminal: redraw the line at most this often (ms); redrawing for every source costs more than it shows. */
const REDRAW_EVERY = 100;

/**
 * Progress of a long run on stderr: on a terminal one line redrawn in place, elsewhere a count every
 * COUNT_EVERY sources. `report` prints a line of its own above the progress line.
 */
export class Progress {
  private shown = false;
  private lastDrawn = -Infinity;

  constructor(private readonly err: ErrorStream, private readonly total: number) {}

  /** `done` of `total` sources are finished, the last being `current`. */
  update(done: number, current: string): void {
    if (this.total < PROGRESS_FROM) return;
    if (this.err.isTTY !== true) {
      if (done % COUNT_EVERY === 0 && done < this.total) this.err.write(`extracting ${done}/${this.total}\n`);
      return;
    }
    const now = performance.now();
    if (this.shown && now - this.lastDrawn < REDRAW_EVERY && done < this.total) return;
    this.lastDrawn = now;
    const line = `extracting ${done}/${this.total} ${current}`;
    const width = Math.max(20, (this.err.columns ?? 80) - 1);
    this.err.write(`\r\x1b[2K${line.length > width ? `…${line.slice(line.length - width + 1)}` : line}`);
    this.shown = true;
  }

  report(line: string): void {
    this.clear();
    this.err.write(`${line}\n`);
  }

  clear(): void {
    if (this.shown) this.err.write('\r\x1b[2K');
    this.shown = false;
  }
}
