/**
 * Runs supercluster off the main thread, so that recomputing the badges after a brush step never
 * delays the frame that shows it. The coordinates arrive once per dataset; each request carries
 * only the visible instances and the zoom.
 */
import { computeClusters, type ClusterRequest } from './clusters';

let lon: Float64Array = new Float64Array(0);
let lat: Float64Array = new Float64Array(0);

type Message =
  { kind: 'points'; lon: Float64Array; lat: Float64Array } | ({ kind: 'cluster' } & ClusterRequest);

self.onmessage = (e: MessageEvent<Message>) => {
  const msg = e.data;
  if (msg.kind === 'points') {
    lon = msg.lon;
    lat = msg.lat;
    return;
  }
  const reply = computeClusters(lon, lat, msg);
  (self as unknown as Worker).postMessage(reply, [
    reply.centers.buffer,
    reply.offsets.buffer,
    reply.members.buffer,
  ]);
};
