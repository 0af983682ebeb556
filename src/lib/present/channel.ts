/**
 * The audience's window and the presenter's window keep in step through a BroadcastChannel:
 * same origin, same machine, no network. Either side may move; each posts the step it shows and
 * applies what the other posts unless it already shows it, so an echo stops after one round.
 * Both windows use one PresentSync; they differ only in their role.
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

/** Opens a channel to the other windows (the tests pass a fake one to PresentSync). */
export type OpenChannel = (onmessage: (m: PresentMessage) => void) => PresentChannel;

/** Opens the channel; a browser without BroadcastChannel gets a channel that does nothing. */
const openBroadcast: OpenChannel = (onmessage) => {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const ch = new BroadcastChannel(NAME);
  ch.onmessage = (e: MessageEvent<PresentMessage>) => onmessage(e.data);
  return { post: (m) => ch.postMessage(m), close: () => ch.close() };
};

/** What the sync reads and moves: the presentation's part of AppState. */
interface Presenting {
  readonly narrative: string | null;
  readonly step: number | null;
  enterPresentation(narrative: string | null, step: number): void;
  showStep(step: number): void;
}

/**
 * One window's end of the sync. The audience answers the presenter's hello with its step and
 * says when it leaves; the presenter says hello on opening. Both follow the other's steps.
 */
export class PresentSync {
  readonly #app: Presenting;
  readonly #role: 'audience' | 'presenter';
  readonly #channel: PresentChannel;
  readonly #on: { step?: () => void; exit?: () => void };

  constructor(
    app: Presenting,
    role: 'audience' | 'presenter',
    /** `step`: the other window showed a step; `exit`: the audience left. */
    on: { step?: () => void; exit?: () => void } = {},
    open: OpenChannel = openBroadcast,
  ) {
    this.#app = app;
    this.#role = role;
    this.#on = on;
    this.#channel = open((m) => this.#receive(m));
    if (role === 'presenter') this.#channel.post({ kind: 'hello' });
  }

  /** Tells the other window the step this one shows; call it whenever that changes. */
  announce(): void {
    const { narrative, step } = this.#app;
    if (narrative && step) this.#channel.post({ kind: 'step', narrative, step });
  }

  /** Tells the presenter window that the audience has left the presentation. */
  leave(): void {
    this.#channel.post({ kind: 'exit' });
  }

  close(): void {
    this.#channel.close();
  }

  #receive(m: PresentMessage): void {
    if (m.kind === 'hello') {
      if (this.#role === 'audience') this.announce();
    } else if (m.kind === 'exit') {
      this.#on.exit?.();
    } else {
      this.#on.step?.();
      const app = this.#app;
      if (m.narrative !== app.narrative) app.enterPresentation(m.narrative, m.step);
      else if (m.step !== app.step) app.showStep(m.step);
    }
  }
}
