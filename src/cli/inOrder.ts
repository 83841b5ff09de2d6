/**
 * Turns results that arrive in any order (from several workers) into calls in index order, so what a run
 * prints does not depend on which worker was faster.
 */
export class InOrder<T> {
  private readonly waiting = new Map<number, T>();
  private next = 0;

  constructor(private readonly deliver: (index: number, value: T) => void) {}

  readonly add = (index: number, value: T): void => {
    this.waiting.set(index, value);
    while (this.waiting.has(this.next)) {
      const value = this.waiting.get(this.next) as T;
      this.waiting.delete(this.next);
      this.deliver(this.next++, value);
    }
  };
}
