/**
 * Requests to a worker one at a time, and of those made while one is answered only the last:
 * for work whose answer replaces the one before (the map's count badges), where a request made
 * at every step of a drag would queue up behind a slow one, each worked out and thrown away.
 */
export class OneAtATime {
  private busy = false;
  private wanted = false;

  /** `send` makes the request from what is current when it is called. */
  constructor(private readonly send: () => void) {}

  /** Sends a request now, or once the one being answered is done. */
  request(): void {
    if (this.busy) {
      this.wanted = true;
      return;
    }
    this.busy = true;
    this.send();
  }

  /** The request sent last has been answered (or has failed): the one asked for meanwhile goes. */
  done(): void {
    this.busy = false;
    if (this.wanted) {
      this.wanted = false;
      this.request();
    }
  }
}
