/**
 * A small seeded PRNG (mulberry32, 32-bit integer arithmetic) with Box–Muller normals: the same seed gives the
 * same sequence on every JavaScript engine, because it uses only Math.imul, shifts and IEEE doubles.
 */
export interface Rng {
  /** Uniform on [0, 1). */
  next(): number;
  /** Standard normal. */
  normal(): number;
}

/** The generator's state as a class: no closure per generator (Monte Carlo makes one per path). */
class Mulberry32 implements Rng {
  private a: number;
  private spare = 0;
  private hasSpare = false;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u = this.next();
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    this.hasSpare = true;
    return r * Math.cos(2 * Math.PI * v);
  }
}

export function makeRng(seed: number): Rng {
  return new Mulberry32(seed);
}
