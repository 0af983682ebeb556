/**
 * The world basemap's one file, data/basemap/world.pmtiles: vector tiles cut at build time
 * (scripts/build-basemap.ts), read with the `pmtiles` library. The map asks for tiles through the
 * `pmtiles://` protocol, and the library fetches each tile's bytes from the app's own origin by a
 * range request, so a view downloads and decodes only the tiles it shows. In the single-file
 * offline copy the archive is inlined (a data: URL): it is decoded once into memory and read from
 * there, with no request at all.
 */
import { addProtocol } from 'maplibre-gl';
import { FetchSource, PMTiles, Protocol, type RangeResponse, type Source } from 'pmtiles';
import archiveUrl from '../../../data/basemap/world.pmtiles?url';
import { absoluteUrl } from './asset-url';

/** The key the archive is known by: the style's source URL is `pmtiles://` + this. */
const KEY = 'casemap-world';

/** The vector source's URL in the style. */
export const BASEMAP_TILES = `pmtiles://${KEY}`;

/** Bytes from an archive inlined in the page: decoded once, then sliced. */
class InlineSource implements Source {
  private bytes: Promise<ArrayBuffer> | null = null;
  constructor(private readonly url: string) {}
  getKey(): string {
    return KEY;
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    this.bytes ??= fetch(this.url).then((r) => r.arrayBuffer());
    return { data: (await this.bytes).slice(offset, offset + length) };
  }
}

/** Range requests to the archive on the app's origin, under the fixed key. */
class OriginSource implements Source {
  private readonly fetcher: FetchSource;
  constructor(url: string) {
    this.fetcher = new FetchSource(url);
  }
  getKey(): string {
    return KEY;
  }
  getBytes(
    offset: number,
    length: number,
    signal?: AbortSignal,
    etag?: string,
  ): Promise<RangeResponse> {
    return this.fetcher.getBytes(offset, length, signal, etag);
  }
}

let archive: PMTiles | null = null;

/** The archive, opened once for the page (the map and the brief's map share it). */
export function basemapArchive(): PMTiles {
  if (!archive) {
    const url = absoluteUrl(archiveUrl);
    archive = new PMTiles(url.startsWith('data:') ? new InlineSource(url) : new OriginSource(url));
  }
  return archive;
}

let registered = false;

/** Tiles asked for before maplibre asks (prefetchTiles), by `z/x/y`; each is handed over once. */
let early = new Map<string, ReturnType<PMTiles['getZxy']>>();

/**
 * Starts reading the tiles of a view the map is about to draw. maplibre asks for its tiles only
 * in its next frame, and its worker's request reaches the page's protocol only once the page is
 * free again: at a first view, after the whole explorer has been laid out and painted. Read now,
 * their bytes come meanwhile. Replaces the tiles asked for before (those never asked for are
 * dropped).
 */
export function prefetchTiles(tiles: readonly { z: number; x: number; y: number }[]): void {
  early = new Map(
    tiles.map((t) => [`${t.z}/${t.x}/${t.y}`, basemapArchive().getZxy(t.z, t.x, t.y)] as const),
  );
  // A tile that fails here is read again when maplibre asks for it.
  for (const [key, read] of early) read.catch(() => early.delete(key));
}

const TILE_URL = /\/(\d+\/\d+\/\d+)$/;

/** Lets maplibre read `pmtiles://` URLs from the archive; once per page. */
export function registerBasemapProtocol(): void {
  if (registered) return;
  registered = true;
  const protocol = new Protocol();
  protocol.add(basemapArchive());
  addProtocol('pmtiles', (params, abort) => {
    const key = params.type === 'json' ? undefined : TILE_URL.exec(params.url)?.[1];
    const read = key === undefined ? undefined : early.get(key);
    if (!read) return protocol.tile(params, abort);
    early.delete(key!);
    // As pmtiles' own handler answers: the bytes, or none for a tile the archive lacks.
    return read.then((r) => ({ data: r ? new Uint8Array(r.data) : new Uint8Array() }));
  });
}
