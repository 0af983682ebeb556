/**
 * The imported dataset handed from the import worker to the page as JSON text, its events in
 * parts: structured-cloning 100,000 events cost the page seconds of its main thread, and the page
 * needs them only when the dataset is opened. A string is copied whole in milliseconds (encoding
 * it to bytes for a transfer took Chromium 0.4-0.8 s for 45 MB). In parts (rows.ts sizes them),
 * because a million events are more text than one string may hold, and so that the worker lets
 * each part's events go as it sends it: it never holds all its events and all their text at
 * once, nor the page twice the dataset. The events not sent ahead come with the result
 * (handover.ts).
 */
import type { EventFeature } from '../../model/schema';
import type { LoadedDataset } from '../types';
import type { ImportResult } from './importer';
import type { WorkerMessage } from './worker-protocol';

/** Sends a part of the events, as made by the importer (its `onevents`). */
export const eventSender =
  (post: (m: WorkerMessage) => void) =>
  (events: EventFeature[]): void =>
    post({ type: 'events', json: JSON.stringify(events) });

/** The page's side: the parts of the events as they come, put before the result's own. */
export class DatasetParts {
  private parts: string[] = [];

  add(json: string): void {
    this.parts.push(json);
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  /**
   * The result with the parts' events before its own, parsed when the dataset is first asked for:
   * the report is shown at once, and the events are parsed only if the dataset is opened.
   */
  before(result: ImportResult): ImportResult {
    const { dataset: rest, ...report } = result;
    const parts = this.parts;
    this.parts = [];
    let dataset: LoadedDataset | undefined;
    const events = () => {
      const all: EventFeature[] = [];
      for (const part of parts) for (const e of JSON.parse(part) as EventFeature[]) all.push(e);
      for (const e of rest.events) all.push(e);
      return all;
    };
    return Object.defineProperty({ ...report }, 'dataset', {
      enumerable: true,
      get: () => (dataset ??= { ...rest, events: events() }),
    }) as ImportResult;
  }
}
