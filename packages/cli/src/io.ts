import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { say, UsageError, type Lang } from './lang.js';

/**
 * The bytes of an input file; a missing or unreadable file is a usage error.
 * @example
 * // Not run: reads xa.xlsx
 * const bytes = readInput('xa.xlsx', 'vi');
 */
export function readInput(path: string, lang: Lang): Uint8Array {
  if (!existsSync(path)) throw new UsageError(say('noFile', lang, { path }));
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new UsageError(say('unreadableFile', lang, { path, detail: error instanceof Error ? error.message : String(error) }));
  }
}

/**
 * Refuses to overwrite an existing file unless forced; checked before any work is done.
 * @example
 * assertWritable('report.xlsx', false, 'vi');
 */
export function assertWritable(path: string, force: boolean, lang: Lang): void {
  if (!force && existsSync(path)) throw new UsageError(say('exists', lang, { path }));
}

/**
 * Writes an output file (creating its folder), never over an existing one unless forced.
 * @example
 * // Not run: writes report.json
 * writeOutput('report.json', new TextEncoder().encode('{}'), { force: false, lang: 'vi' });
 */
export function writeOutput(path: string, data: Uint8Array | string, options: { readonly force: boolean; readonly lang: Lang }): void {
  assertWritable(path, options.force, options.lang);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

/**
 * Writes an output file piece by piece (a report too large to be one string), with the same
 * checks as `writeOutput`.
 * @example
 * // Not run: writes a file.
 * writeOutputPieces('report.json', ['{', '}'], { force: false, lang: 'vi' });
 */
export function writeOutputPieces(path: string, pieces: Iterable<string>, options: { readonly force: boolean; readonly lang: Lang }): void {
  assertWritable(path, options.force, options.lang);
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } catch (error) {
    closeSync(fd);
    unlinkSync(path); // no half-written report left behind
    throw error;
  }
  closeSync(fd);
}

/**
 * The lower-case extension of a path, without the dot.
 * @example
 * extensionOf('Bao-cao.XLSX'); // 'xlsx'
 */
export function extensionOf(path: string): string {
  return /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
}
