/**
 * A BroadcastChannel stand-in for PresentSync: every channel opened on one bus hears what the
 * others post (not its own posts, as with BroadcastChannel), at once, and the bus keeps a log.
 */
import type { OpenChannel, PresentMessage } from '../../src/lib/present/channel';

export function fakeBus(): { open: OpenChannel; log: PresentMessage[] } {
  const listeners = new Set<(m: PresentMessage) => void>();
  const log: PresentMessage[] = [];
  const open: OpenChannel = (onmessage) => {
    listeners.add(onmessage);
    return {
      post(m) {
        log.push(m);
        for (const l of [...listeners]) if (l !== onmessage) l(structuredClone(m));
      },
      close: () => listeners.delete(onmessage),
    };
  };
  return { open, log };
}
