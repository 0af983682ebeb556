/**
 * The audience's window and the presenter's window keep in step through a BroadcastChannel:
 * same origin, same machine, no network. Either side may move; each posts the step it shows and
 * applies what the other posts unless it already shows it, so an echo stops after one round.
 */

export type PresentMessage =
  | { kind: 'step'; narrative: string; step: number }
  /** The presenter window has opened and asks where the audience is. */
  | { kind: 'hello' }
  /** The audience left the presentation. */
  | { kind: 'exit' };

const NAME = 'casemap-present';

export interface PresentChannel {
  post(m: PresentMessage): void;
  close(): void;
}

/** Opens the channel; a browser without BroadcastChannel gets a channel that does nothing. */
export function openChannel(onmessage: (m: PresentMessage) => void): PresentChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const ch = new BroadcastChannel(NAME);
  ch.onmessage = (e: MessageEvent<PresentMessage>) => onmessage(e.data);
  return { post: (m) => ch.postMessage(m), close: () => ch.close() };
}
