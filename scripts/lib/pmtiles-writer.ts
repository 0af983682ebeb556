/**
 * Writes a PMTiles version 3 archive: one file holding every tile of a tileset, read in the
 * browser by range requests (the `pmtiles` library). npm has readers for Node and the browser but
 * no writer for Node, so this follows the specification itself:
 * https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md (version 3.4). The `pmtiles`
 * library provides the tile numbering (Hilbert order, zxyToTileId) and reads the result back in
 * the tests.
 *
 * Layout: the 127-byte header, the root directory (header and root within the first 16,384
 * bytes), the metadata (JSON), leaf directories when the root alone would not fit, then the tile
 * data in tile-id order. Identical tiles (the open sea, the inside of a continent) are stored once
 * and addressed by several entries, consecutive ones by one entry with a run length.
 * Directories and metadata are gzipped; tiles are given already compressed by the caller.
 */
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export interface TileInput {
  z: number;
  x: number;
  y: number;
  /** The tile's bytes as stored (for vector tiles: a gzipped Mapbox Vector Tile). */
  data: Uint8Array;
}

export interface ArchiveOptions {
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  center: [lon: number, lat: number, zoom: number];
  /** Stored as JSON in the metadata section (vector_layers, attribution, ...). */
  metadata: Record<string, unknown>;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
/** The header and the root directory must lie within the first 16 KiB (the spec's rule). */
const ROOT_LIMIT = 16_384 - HEADER_BYTES;
const GZIP = 2;
const MVT = 1;

function varint(out: number[], n: number): void {
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

/** A directory as the spec encodes it: columns of varints, then gzipped. */
function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  varint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    varint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) varint(out, e.runLength);
  for (const e of entries) varint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0: right after the previous entry's data; otherwise the offset plus one.
    varint(out, prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return gzipSync(Uint8Array.from(out), { level: 9 });
}

/** The root directory, and leaf directories when the entries do not fit in the root. */
function directories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const root = serializeDirectory(entries);
  if (root.length <= ROOT_LIMIT) return { root, leaves: new Uint8Array(0) };
  for (let size = 4096; ; size *= 2) {
    const leafEntries: Entry[] = [];
    const parts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += size) {
      const leaf = serializeDirectory(entries.slice(i, i + size));
      leafEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
      parts.push(leaf);
      offset += leaf.length;
    }
    const rootDir = serializeDirectory(leafEntries);
    if (rootDir.length <= ROOT_LIMIT) return { root: rootDir, leaves: Buffer.concat(parts) };
  }
}

function header(fields: {
  root: [number, number];
  metadata: [number, number];
  leaves: [number, number];
  data: [number, number];
  addressed: number;
  entries: number;
  contents: number;
  options: ArchiveOptions;
}): Uint8Array {
  const b = Buffer.alloc(HEADER_BYTES);
  b.write('PMTiles', 0, 'ascii');
  b.writeUInt8(3, 7);
  const u64 = (at: number, n: number) => b.writeBigUInt64LE(BigInt(n), at);
  u64(8, fields.root[0]);
  u64(16, fields.root[1]);
  u64(24, fields.metadata[0]);
  u64(32, fields.metadata[1]);
  u64(40, fields.leaves[0]);
  u64(48, fields.leaves[1]);
  u64(56, fields.data[0]);
  u64(64, fields.data[1]);
  u64(72, fields.addressed);
  u64(80, fields.entries);
  u64(88, fields.contents);
  b.writeUInt8(1, 96); // clustered: tile data in tile-id order
  b.writeUInt8(GZIP, 97); // internal compression
  b.writeUInt8(GZIP, 98); // tile compression
  b.writeUInt8(MVT, 99);
  const { minZoom, maxZoom, bounds, center } = fields.options;
  b.writeUInt8(minZoom, 100);
  b.writeUInt8(maxZoom, 101);
  const e7 = (at: number, deg: number) => b.writeInt32LE(Math.round(deg * 1e7), at);
  e7(102, bounds[0]);
  e7(106, bounds[1]);
  e7(110, bounds[2]);
  e7(114, bounds[3]);
  b.writeUInt8(center[2], 118);
  e7(119, center[0]);
  e7(123, center[1]);
  return b;
}

/** The whole archive, from tiles in any order (each z/x/y at most once). */
export function writePmtiles(tiles: readonly TileInput[], options: ArchiveOptions): Uint8Array {
  const sorted = tiles
    .map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), data: t.data }))
    .sort((a, b) => a.id - b.id);
  const entries: Entry[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  const chunks: Uint8Array[] = [];
  let dataLength = 0;
  for (const { id, data } of sorted) {
    const key = Buffer.from(data).toString('base64');
    let place = stored.get(key);
    if (!place) {
      place = { offset: dataLength, length: data.length };
      stored.set(key, place);
      chunks.push(data);
      dataLength += data.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === place.offset && last.tileId + last.runLength === id) {
      last.runLength++;
    } else entries.push({ tileId: id, offset: place.offset, length: place.length, runLength: 1 });
  }
  const { root, leaves } = directories(entries);
  const metadata = gzipSync(Buffer.from(JSON.stringify(options.metadata)), { level: 9 });
  const rootAt = HEADER_BYTES;
  const metadataAt = rootAt + root.length;
  const leavesAt = metadataAt + metadata.length;
  const dataAt = leavesAt + leaves.length;
  const head = header({
    root: [rootAt, root.length],
    metadata: [metadataAt, metadata.length],
    leaves: [leavesAt, leaves.length],
    data: [dataAt, dataLength],
    addressed: sorted.length,
    entries: entries.length,
    contents: chunks.length,
    options,
  });
  return Buffer.concat([head, root, metadata, leaves, ...chunks]);
}
