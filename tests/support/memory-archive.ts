import { PMTiles, type Source } from 'pmtiles';

let opened = 0;

/**
 * A PMTiles archive read from bytes in memory with the library the browser uses. Each gets a key
 * of its own: the library caches headers and directories by key across instances.
 */
export function memoryArchive(bytes: Uint8Array): PMTiles {
  const key = `memory-${++opened}`;
  const source: Source = {
    getKey: () => key,
    getBytes: (offset, length) =>
      Promise.resolve({
        data: bytes.buffer.slice(
          bytes.byteOffset + offset,
          bytes.byteOffset + offset + length,
        ) as ArrayBuffer,
      }),
  };
  return new PMTiles(source);
}
