import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Announcer } from './announcer.svelte';

describe('Announcer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says only the last of a burst, once it settles', () => {
    const a = new Announcer();
    for (let k = 18; k > 10; k--) {
      a.say(`${k} of 18 events`, 500);
      vi.advanceTimersByTime(100);
    }
    expect(a.message).toBe('');
    vi.advanceTimersByTime(400);
    expect(a.message).toBe('11 of 18 events');
  });

  it('does not repeat itself, and a newer message replaces a waiting one', () => {
    const a = new Announcer();
    a.say('12 of 18 events');
    vi.runAllTimers();
    a.say('Selected: Arrest in Almaty', 300);
    a.say('12 of 18 events');
    vi.runAllTimers();
    expect(a.message).toBe('12 of 18 events');
    a.say('Selected: Arrest in Almaty');
    vi.runAllTimers();
    expect(a.message).toBe('Selected: Arrest in Almaty');
  });
});
