/** A zero-based line and a column in UTF-16 code units, as VS Code's `Position` counts them. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Maps string offsets to line/column and back. Lines end at `\n`, `\r\n` or a lone `\r`, as in VS Code.
 * Built once per text in linear time; each lookup is a binary search.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (c === 10 /* \n */) {
        this.lineStarts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The position of `offset` (clamped into the text). */
  positionAt(offset: number): LineColumn {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, column: clamped - this.lineStarts[low] };
  }

  /** The offset of a position (clamped to the line's content, as VS Code does). */
  offsetAt(position: LineColumn): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const nextStart = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length;
    let contentEnd = nextStart;
    if (position.line + 1 < this.lineStarts.length) {
      contentEnd--; // the line break
      if (this.text.charCodeAt(contentEnd) === 10 && this.text.charCodeAt(contentEnd - 1) === 13) contentEnd--;
    }
    return start + Math.max(0, Math.min(position.column, contentEnd - start));
  }
}
