// Reusable 32-bit work arrays. The analysis runs several whole-graph passes one after another;
// handing the arrays of one pass to the next keeps peak memory at what the largest pass needs,
// instead of waiting for the garbage collector to notice that hundreds of megabytes are free.

/** A pool of Uint32Arrays of one length (the graph's node count + 1). */
export class Scratch {
  private readonly free: Uint32Array[] = []

  constructor(readonly length: number) {}

  /** An array of `length` words, contents undefined unless `fill` is given. */
  take(fill?: number): Uint32Array {
    const a = this.free.pop() ?? new Uint32Array(this.length)
    if (fill !== undefined) a.fill(fill)
    return a
  }

  /** Returns arrays to the pool; the caller must not use them afterwards. */
  give(...arrays: Uint32Array[]): void {
    for (const a of arrays) if (a.length === this.length) this.free.push(a)
  }
}
