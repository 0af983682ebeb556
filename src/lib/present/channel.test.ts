import { describe, expect, it } from 'vitest';
import { fakeBus } from '../../../tests/support/fake-channel';
import { PresentSync } from './channel';

/** The presentation's part of AppState, recording what the sync asked of it. */
class FakeApp {
  calls: string[] = [];
  constructor(
    public narrative: string | null = null,
    public step: number | null = null,
  ) {}
  enterPresentation(narrative: string | null, step: number) {
    this.calls.push(`enter ${narrative} ${step}`);
    this.narrative = narrative;
    this.step = step;
  }
  showStep(step: number) {
    this.calls.push(`show ${step}`);
    this.step = step;
  }
}

describe('PresentSync', () => {
  it('the presenter says hello on opening and the audience answers with its step', () => {
    const bus = fakeBus();
    const audience = new FakeApp('n1', 3);
    new PresentSync(audience, 'audience', {}, bus.open);
    const presenter = new FakeApp();
    new PresentSync(presenter, 'presenter', {}, bus.open);
    expect(bus.log).toEqual([{ kind: 'hello' }, { kind: 'step', narrative: 'n1', step: 3 }]);
    expect(presenter.calls).toEqual(['enter n1 3']);
    expect(audience.calls).toEqual([]);
  });

  it('either side follows the step the other announces, and an echo changes nothing', () => {
    const bus = fakeBus();
    const audience = new FakeApp('n1', 1);
    const a = new PresentSync(audience, 'audience', {}, bus.open);
    const presenter = new FakeApp('n1', 1);
    const p = new PresentSync(presenter, 'presenter', {}, bus.open);
    presenter.step = 2;
    p.announce();
    expect(audience.calls).toEqual(['show 2']);
    a.announce(); // the audience window's effect, after showing step 2
    expect(presenter.calls).toEqual([]);
    audience.narrative = 'n2';
    audience.step = 4;
    a.announce();
    expect(presenter.calls).toEqual(['enter n2 4']);
  });

  it('announces nothing while no step is shown', () => {
    const bus = fakeBus();
    new PresentSync(new FakeApp(), 'audience', {}, bus.open).announce();
    expect(bus.log).toEqual([]);
  });

  it('tells the presenter when the audience leaves or moves; the audience ignores an exit', () => {
    const bus = fakeBus();
    const heard: string[] = [];
    const record = (who: string) => ({
      step: () => heard.push(`${who} step`),
      exit: () => heard.push(`${who} exit`),
    });
    const audience = new FakeApp('n1', 1);
    const a = new PresentSync(audience, 'audience', record('audience'), bus.open);
    new PresentSync(new FakeApp('n1', 1), 'presenter', record('presenter'), bus.open);
    expect(heard).toEqual(['presenter step']);
    a.leave();
    expect(heard).toEqual(['presenter step', 'presenter exit']);
  });

  it('only the audience answers a hello', () => {
    const bus = fakeBus();
    new PresentSync(new FakeApp('n1', 2), 'presenter', {}, bus.open);
    new PresentSync(new FakeApp('n1', 2), 'presenter', {}, bus.open);
    expect(bus.log).toEqual([{ kind: 'hello' }, { kind: 'hello' }]);
  });

  it('hears nothing once closed', () => {
    const bus = fakeBus();
    const audience = new FakeApp('n1', 1);
    new PresentSync(audience, 'audience', {}, bus.open).close();
    const p = new PresentSync(new FakeApp('n1', 5), 'presenter', {}, bus.open);
    p.announce();
    expect(audience.calls).toEqual([]);
  });
});
