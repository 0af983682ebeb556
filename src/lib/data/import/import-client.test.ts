import { describe, expect, it } from 'vitest';
import { sendDataset } from './handback';
import { importFile, MAX_STREAMED_BYTES } from './import-client';
import type { WorkerMessage } from './worker-protocol';

describe('importFile', () => {
  it('refuses a file over the limit before reading it, naming the limit', async () => {
    const big = { name: 'huge.csv', size: MAX_STREAMED_BYTES + 1 } as File;
    const r = await importFile(big, {
      createWorker: () => {
        throw new Error('must not start');
      },
    });
    expect(r.report.issues[0]).toMatchObject({ code: 'file-too-large' });
    expect(r.report.issues[0]!.message).toContain('1024 MB');
  });

  it('runs inline where there are no workers (Node)', async () => {
    const file = new File(['date,title\n2022-01-05,A\n'], 'a.csv');
    const phases: string[] = [];
    const r = await importFile(file, { onprogress: (p) => phases.push(p.phase) });
    expect(r.report).toMatchObject({ read: 1, imported: 1, rejected: 0 });
    expect(phases.at(-1)).toBe('done');
  });

  it('talks to a worker: progress, result, and terminate on abort', async () => {
    const file = new File(['date,title\n2022-01-05,A\n'], 'a.csv');
    let terminated = 0;
    const fake = () => {
      const w = {
        onmessage: null as ((e: MessageEvent<WorkerMessage>) => void) | null,
        onerror: null,
        terminate: () => terminated++,
        postMessage: () => {
          queueMicrotask(() => {
            w.onmessage?.({
              data: {
                type: 'progress',
                progress: { phase: 'parsing', rows: 1, bytes: 5, totalBytes: 10 },
              },
            } as MessageEvent);
          });
        },
      };
      return w as unknown as Worker;
    };
    const controller = new AbortController();
    const seen: number[] = [];
    const p = importFile(file, {
      createWorker: fake,
      signal: controller.signal,
      onprogress: (pr) => {
        seen.push(pr.rows);
        controller.abort();
      },
    });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([1]);
    expect(terminated).toBe(1);
  });

  it('takes the dataset from the worker as JSON text, its events in parts, parsed when first read', async () => {
    const file = new File(['date,title\n2022-01-05,A\n'], 'a.csv');
    const { importText } = await import('./importer');
    const { dataset, ...rest } = importText('date,title\n2022-01-05,A\n', 'a.csv');
    delete rest.rows;
    // More events than one part holds.
    const [one] = dataset.events;
    dataset.events = Array.from({ length: 45_000 }, (_, i) => ({ ...one!, id: `e-${i}` }));
    const expected = JSON.parse(JSON.stringify(dataset));
    const messages: WorkerMessage[] = [];
    const json = sendDataset(dataset, (m) => messages.push(m));
    expect(dataset.events).toEqual([]);
    expect(messages.map((m) => m.type)).toEqual(['events', 'events', 'events']);
    messages.push({ type: 'result', result: rest, dataset: json });
    const fake = () => {
      const w = {
        onmessage: null as ((e: MessageEvent<WorkerMessage>) => void) | null,
        onerror: null,
        terminate: () => {},
        postMessage: () =>
          queueMicrotask(() => {
            for (const data of messages) w.onmessage?.({ data } as MessageEvent);
          }),
      };
      return w as unknown as Worker;
    };
    const r = await importFile(file, { createWorker: fake });
    expect(r.report).toMatchObject({ read: 1, imported: 1 });
    expect(r.dataset).toEqual(expected);
    expect(r.dataset).toBe(r.dataset);
    expect({ ...r }.dataset.events).toHaveLength(45_000);
  });
});
