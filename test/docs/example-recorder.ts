// What an instrumented example block reports while it runs (example-instrument.ts wraps the
// statements its comments make claims about in these calls).
import { printedLine } from './example-output.js';

/** What happened to one claim. */
export interface Observed {
  /** Values the claimed expression had (once per time it ran). */
  readonly values: unknown[];
  /** Lines printed between `from` and `to`. */
  readonly printed: string[][];
  /** Errors thrown by a statement claimed to throw (`null`: it returned). */
  readonly thrown: (unknown | null)[];
}

/** Records values, printed lines and thrown errors by claim id. */
export class ExampleRecorder {
  readonly observed = new Map<number, Observed>();
  /** Every line printed while the block runs. */
  readonly lines: string[] = [];
  private readonly open = new Map<number, number>();

  private of(id: number): Observed {
    let seen = this.observed.get(id);
    if (!seen) {
      seen = { values: [], printed: [], thrown: [] };
      this.observed.set(id, seen);
    }
    return seen;
  }

  /** A `console.log` call of the block. */
  print(args: readonly unknown[]): void {
    this.lines.push(printedLine(args));
  }

  value<T>(id: number, value: T): T {
    this.of(id).values.push(value);
    return value;
  }

  from(id: number): void {
    this.open.set(id, this.lines.length);
  }

  to(id: number): void {
    this.of(id).printed.push(this.lines.slice(this.open.get(id) ?? this.lines.length));
  }

  returned(id: number): void {
    this.of(id).thrown.push(null);
  }

  threw(id: number, error: unknown): void {
    this.of(id).thrown.push(error);
  }
}
