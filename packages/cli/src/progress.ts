/**
 * A progress bar on the terminal (standard error), or nothing when it is not a terminal
 * (piped, redirected, CI) or when `--json` asks for machine output.
 * @example
 * const progress = createProgress(process.stderr, true); // no progress line with --json
 * progress.update(500, 10_000);
 * progress.done();
 */
export function createProgress(stream: NodeJS.WriteStream, wanted: boolean): { update(done: number, total: number): void; done(): void } {
  const on = wanted && stream.isTTY === true;
  let shown = false;
  return {
    update(done, total) {
      if (!on || total < 50) return;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${Math.floor((done / total) * 100)}% ${done}/${total}`);
      shown = true;
    },
    done() {
      if (on && shown) stream.write('\r\x1b[2K');
    },
  };
}
