import { describe, expect, it } from 'vitest';
import { OneAtATime } from './one-at-a-time';

describe('requests one at a time', () => {
  it('sends at once when idle, and of the requests made while busy only one, when done', () => {
    let state = 0;
    const sent: number[] = [];
    const q = new OneAtATime(() => sent.push(state));
    q.request();
    expect(sent).toEqual([0]);
    for (state = 1; state <= 3; state++) q.request();
    // Busy: nothing more is sent until the answer.
    expect(sent).toEqual([0]);
    state = 4;
    q.done();
    // The latest state, once.
    expect(sent).toEqual([0, 4]);
    q.done();
    expect(sent).toEqual([0, 4]);
    q.request();
    expect(sent).toEqual([0, 4, 4]);
  });
});
