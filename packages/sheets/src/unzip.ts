// The entries of a zip archive (an XLSX file is one), read from its central directory, each
// inflated only when asked for. Only what spreadsheet files use: stored or deflated entries,
// no encryption, no zip64, one disk; anything else is `undefined`, and the caller falls back
// to SheetJS, which reads more kinds of file.
import { inflateSync } from 'fflate';

interface ZipEntry {
  readonly method: number;
  /** Offset of the entry's local header. */
  readonly offset: number;
  readonly packedSize: number;
  readonly size: number;
}

/** A zip archive's entries by name, each inflated on demand. */
export interface ZipArchive {
  has(name: string): boolean;
  /** The bytes of an entry; `undefined` when there is none or it cannot be read. */
  bytes(name: string): Uint8Array | undefined;
}

type RawInflate = (data: Uint8Array, size: number) => Uint8Array;

// Node's zlib where there is one (about twice as fast as fflate), fflate in a browser.
const inflateRaw: RawInflate = /* @__PURE__ */ (() => {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = node?.getBuiltinModule?.('node:zlib') as { inflateRawSync?: (data: Uint8Array) => Uint8Array } | undefined;
  if (zlib?.inflateRawSync) {
    const inflate = zlib.inflateRawSync;
    return (data) => inflate(data);
  }
  return (data, size) => inflateSync(data, { out: new Uint8Array(size) });
})();

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/**
 * The archive in `bytes`, or `undefined` when it is not a zip this reader handles.
 * @example
 * const xlsxBytes = writeInputForm(commune318, { format: 'xlsx', column: 'red-river-delta' });
 * readZip(xlsxBytes)?.has('xl/workbook.xml'); // true
 */
export function readZip(bytes: Uint8Array): ZipArchive | undefined {
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) return undefined;
  // The end-of-central-directory record: within the last 65,557 bytes (it may carry a comment).
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0 || u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0) return undefined;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count === 0xffff || at === 0xffffffff) return undefined; // zip64
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return undefined;
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const packedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const offset = u32(bytes, at + 42);
    if (flags & 0x41 || (method !== 0 && method !== 8)) return undefined; // encrypted, or a method other than store/deflate
    if (packedSize === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) return undefined;
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, { method, offset, packedSize, size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return {
    has: (name) => entries.has(name),
    bytes(name) {
      const entry = entries.get(name);
      if (entry === undefined) return undefined;
      const local = entry.offset;
      if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return undefined;
      const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
      const packed = bytes.subarray(start, start + entry.packedSize);
      if (packed.length !== entry.packedSize) return undefined;
      const data = entry.method === 0 ? packed : inflateRaw(packed, entry.size);
      return data.length === entry.size ? data : undefined;
    },
  };
}
