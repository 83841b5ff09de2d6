/**
 * A growable list of 32-bit integers in a typed array. A text's scanners record one entry per word or run
 * (hundreds of thousands): a plain array of numbers grows through ever larger heap copies, this one through
 * raw memory.
 */
export class IntList {
  private items = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) this.grow();
    this.items[this.length++] = value;
  }

  at(index: number): number {
    return this.items[index];
  }

  private grow(): void {
    const bigger = new Int32Array(this.items.length * 2);
    bigger.set(this.items);
    this.items = bigger;
  }
}
