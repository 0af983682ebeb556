import { describe, expect, it, vi } from 'vitest';
import { closeOnEscape } from './disclosure';

/** A key press as much as the function reads of it (the unit project runs without a DOM). */
function press(key: string) {
  const stop = vi.fn();
  const e = {
    key,
    defaultPrevented: false,
    preventDefault() {
      e.defaultPrevented = true;
    },
    stopPropagation: stop,
  };
  return { e: e as unknown as KeyboardEvent, stop };
}

describe('closeOnEscape', () => {
  it('closes an open disclosure on Esc and keeps the Esc from the page', () => {
    const close = vi.fn();
    const { e, stop } = press('Escape');
    closeOnEscape(e, true, close);
    expect(close).toHaveBeenCalledOnce();
    expect(e.defaultPrevented).toBe(true);
    expect(stop).toHaveBeenCalled();
  });

  it('leaves the Esc to the page when the disclosure is closed', () => {
    const close = vi.fn();
    const { e, stop } = press('Escape');
    closeOnEscape(e, false, close);
    expect(close).not.toHaveBeenCalled();
    expect(e.defaultPrevented).toBe(false);
    expect(stop).not.toHaveBeenCalled();
  });

  it('ignores every other key', () => {
    const close = vi.fn();
    const { e } = press('Enter');
    closeOnEscape(e, true, close);
    expect(close).not.toHaveBeenCalled();
  });
});
