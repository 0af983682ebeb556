/**
 * The imported dataset handed from the import worker to the page as JSON text, its events in
 * parts: structured-cloning 100,000 events cost the page seconds of its main thread, and the page
 * needs them only when the dataset is opened. A string is copied whole in milliseconds (encoding
 * it to bytes for a transfer took Chromium 0.4-0.8 s for 45 MB). In parts, because a million
 * events are more text than one string may hold, and so that the worker lets each part's events
 * go as it sends it: it never holds all its events and all their text at once, nor the page
 * twice the dataset.
 */
import type { EventFeature } from '../../model/schema';
import type { LoadedDataset } from '../types';
import type { WorkerMessage } from './worker-protocol';

/** Events per message: about 10 MB of text. */
const PART_EVENTS = 20_000;

/**
 * Posts the dataset's events a part at a time, emptying it; returns the JSON text of the rest
 * (description, narratives, issues) for the message that ends the import.
 */
export function sendDataset(dataset: LoadedDataset, post: (m: WorkerMessage) => void): string {
  const events: (EventFeature | undefined)[] = dataset.events;
  dataset.events = [];
  const send = eventSender(post);
  for (let i = 0; i < events.length; i += PART_EVENTS) {
    const end = Math.min(events.length, i + PART_EVENTS);
    send(events.slice(i, end) as EventFeature[]);
    events.fill(undefined, i, end);
  }
  return JSON.stringify(dataset);
}

/** Sends a part of the events, as made by the importer (its `onevents`) or by sendDataset. */
export const eventSender =
  (post: (m: WorkerMessage) => void) =>
  (events: EventFeature[]): void =>
    post({ type: 'events', json: JSON.stringify(events) });

/** The page's side: the parts of the events as they come, and the dataset they make. */
export class DatasetParts {
  private parts: string[] = [];

  add(json: string): void {
    this.parts.push(json);
  }

  /** The dataset from the JSON text of the rest of it and the events received (once). */
  dataset(json: string): LoadedDataset {
    const dataset = JSON.parse(json) as LoadedDataset;
    for (const part of this.parts)
      for (const e of JSON.parse(part) as EventFeature[]) dataset.events.push(e);
    this.parts = [];
    return dataset;
  }
}
