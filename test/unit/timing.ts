// Helpers for the linear-time checks: they compare time per unit at two sizes, so they need a steady timing.

export const MiB = 1024 * 1024;

/** `unit` repeated and cut to exactly `chars` characters. */
export function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** The best of two runs in milliseconds: the first run may pay for JIT warm-up or a GC. */
export function bestTime(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
