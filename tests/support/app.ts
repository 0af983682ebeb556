import { AppState } from '../../src/lib/state/app-state.svelte';
import { DESCRIPTION, makeEvent } from './fixtures';

/** An app state holding a small dataset, for component tests. */
export function makeApp(): AppState {
  const app = new AppState();
  app.open(
    {
      description: DESCRIPTION,
      events: [
        makeEvent('a', { articles: [2, 11], category: 'protest', title: 'Protest in Almaty' }),
        makeEvent('b', {
          articles: [2],
          category: 'torture',
          title: 'Detainee beaten',
          date: { start: '2022-01-06' },
        }),
        makeEvent('c', {
          articles: [3],
          category: 'deportation',
          title: 'Refugees deported',
          date: { start: '2022-01' },
          place: { name: 'Urumqi', country: 'CN', precision: 'city' },
        }),
      ],
      narratives: [],
      issues: [],
      origin: 'bundled',
    },
    null,
  );
  return app;
}
