/**
 * Count badges for marks that overlap: supercluster over the visible mapped events at one zoom
 * level. Pure, so it runs in a worker (cluster.worker.ts) and in tests alike; the worker keeps a
 * brush step from waiting on it.
 *
 * Only the current integer zoom is clustered (minZoom = maxZoom): one level costs a fraction of
 * the full pyramid, and the map asks again when the zoom level changes.
 */
import Supercluster from 'supercluster';
import type { Feature, Point } from 'geojson';

/** Pixel radius within which marks count as one stack: about where two marks start to overlap. */
const CLUSTER_RADIUS_PX = 12;
/** supercluster's deepest level; beyond it only coincident points stay together. */
const CLUSTER_MAX_ZOOM = 16;

export interface ClusterRequest {
  /** Increasing; a reply to an older request is dropped. */
  seq: number;
  zoom: number;
  /** Visible instance numbers (see EventBuffers). */
  visible: Int32Array;
}

export interface ClusterReply {
  seq: number;
  zoom: number;
  /** Per cluster: lon, lat. */
  centers: Float64Array;
  /** Members of cluster k are members[offsets[k] .. offsets[k + 1]) (instance numbers). */
  offsets: Int32Array;
  members: Int32Array;
}

/** Clusters of at least two visible instances at `zoom`. `lon`/`lat` are per instance. */
export function computeClusters(
  lon: Float64Array,
  lat: Float64Array,
  req: ClusterRequest,
): ClusterReply {
  const z = Math.max(0, Math.min(CLUSTER_MAX_ZOOM, Math.floor(req.zoom)));
  const points: Feature<Point, { j: number }>[] = new Array(req.visible.length);
  for (let k = 0; k < req.visible.length; k++) {
    const j = req.visible[k]!;
    points[k] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon[j]!, lat[j]!] },
      properties: { j },
    };
  }
  const index = new Supercluster<{ j: number }>({
    minZoom: z,
    maxZoom: z,
    radius: CLUSTER_RADIUS_PX,
    extent: 512,
  }).load(points);
  const found = index.getClusters([-180, -85, 180, 85], z);
  const centers: number[] = [];
  const offsets: number[] = [0];
  const members: number[] = [];
  for (const f of found) {
    const p = f.properties as { cluster?: true; cluster_id?: number };
    if (!p.cluster) continue;
    centers.push(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!);
    for (const leaf of index.getLeaves(p.cluster_id!, Infinity)) members.push(leaf.properties.j);
    offsets.push(members.length);
  }
  return {
    seq: req.seq,
    zoom: z,
    centers: Float64Array.from(centers),
    offsets: Int32Array.from(offsets),
    members: Int32Array.from(members),
  };
}

/** The visible instances, as the worker's input: a copy it may keep. */
export function visibleInstances(rows: Int32Array, visible: Uint8Array): Int32Array {
  let c = 0;
  for (let j = 0; j < rows.length; j++) if (visible[rows[j]!]) c++;
  const out = new Int32Array(c);
  c = 0;
  for (let j = 0; j < rows.length; j++) if (visible[rows[j]!]) out[c++] = j;
  return out;
}

/**
 * Whether the members of a cluster sit on one spot (zooming in never separates them): then a
 * click lists them instead of zooming.
 */
export function coincident(mx: Float64Array, my: Float64Array, members: Int32Array): boolean {
  if (members.length === 0) return true;
  const j0 = members[0]!;
  // About a metre in mercator units: coordinates that close are one place.
  const eps = 2.5e-8;
  for (const j of members)
    if (Math.abs(mx[j]! - mx[j0]!) > eps || Math.abs(my[j]! - my[j0]!) > eps) return false;
  return true;
}
