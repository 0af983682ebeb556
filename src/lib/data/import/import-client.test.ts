import { describe, expect, it, vi } from 'vitest';
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

  it('takes the events from the worker as texts with their columns, parsed when read', async () => {
    const file = new File(['date,title\n2022-01-05,A\n2021,B\n'], 'a.csv');
    const { importText } = await import('./importer');
    const { resultMessage, searchMessages } = await import('./handover');
    const { searchTextsOf } = await import('../search-text');
    const { eventColumns } = await import('../../model/event-columns');
    const result = importText('date,title\n2022-01-05,A\n2021,B\n', 'a.csv');
    const { message, transfer } = resultMessage(result);
    // What postMessage does with it: a structured clone, the typed arrays' buffers transferred.
    const sent = structuredClone(message, { transfer });
    expect(message.columns.start.byteLength).toBe(0);
    // The texts for search in two parts: the worker ends after the last.
    const worker = answering([sent, ...searchMessages(result, undefined, 1)]);
    const r = await importFile(file, { createWorker: worker.create });
    expect(r.report).toMatchObject({ read: 2, imported: 2 });
    // Asked for the folded texts for search once the page is idle, and ended once it sent them.
    expect(worker.asked()).toEqual(['import']);
    await vi.waitFor(() => expect(worker.terminated()).toBe(1));
    expect(worker.asked()).toEqual(['import', 'search']);
    // Recorded for these events (the page folds nothing: the same texts each time it asks).
    const texts = searchTextsOf(r.dataset.events, r.dataset.description);
    expect(texts).toHaveLength(2);
    expect(searchTextsOf(r.dataset.events, r.dataset.description)).toBe(texts);
    expect(r.rows).toBeUndefined();
    const { events, ...head } = r.dataset;
    const { events: original, ...originalHead } = result.dataset;
    expect(head).toEqual(originalHead);
    expect(events).toEqual(original);
    expect(events[0]).toBe(events[0]);
    // The page takes the columns the worker built for these events, and builds none.
    const columns = eventColumns(events, r.dataset.description);
    expect(columns.start).toBe(sent.columns.start);
    expect(columns.ids).toEqual(original.map((e) => e.id));
    expect([...sent.columns.start]).toEqual([Date.UTC(2022, 0, 5), Date.UTC(2021, 0, 1)]);
  });

  it('puts the events sent ahead in parts before the result’s own, parsed when first read', async () => {
    const file = new File(['date,title\n2022-01-05,A\n'], 'a.csv');
    const { importText } = await import('./importer');
    const { resultMessage, searchMessages } = await import('./handover');
    const { eventSender } = await import('./handback');
    const result = importText('date,title\n2022-01-05,A\n', 'a.csv');
    const [one] = result.dataset.events;
    // More events than one part holds, made and sent before the end of the import.
    const ahead = Array.from({ length: 45_000 }, (_, i) => ({ ...one!, id: `e-${i}` }));
    const expected = JSON.parse(JSON.stringify({ ...result.dataset, events: [...ahead, one] }));
    const messages: WorkerMessage[] = [];
    const send = eventSender((m) => messages.push(m));
    send(ahead.slice(0, 20_000));
    send(ahead.slice(20_000));
    const { message, transfer } = resultMessage(result);
    messages.push(structuredClone(message, { transfer }), ...searchMessages(result));
    const worker = answering(messages);
    const r = await importFile(file, { createWorker: worker.create });
    expect(r.report).toMatchObject({ read: 1, imported: 1 });
    await vi.waitFor(() => expect(worker.terminated()).toBe(1));
    expect(r.dataset).toBe(r.dataset);
    expect(r.dataset.events).toHaveLength(45_001);
    expect(r.dataset).toEqual(expected);
  });
});

/** A worker that answers a request with `messages`, in order, and counts how often it is ended. */
function answering(messages: WorkerMessage[]): {
  create: () => Worker;
  terminated: () => number;
  asked: () => string[];
} {
  let terminated = 0;
  const asked: string[] = [];
  // The import is answered up to its result; the rest, once the page asks for it (the texts).
  const cut = messages.findIndex((m) => m.type === 'result') + 1;
  const create = () => {
    const w = {
      onmessage: null as ((e: MessageEvent<WorkerMessage>) => void) | null,
      onerror: null,
      terminate: () => terminated++,
      postMessage: ({ type }: { type: string }) => {
        asked.push(type);
        queueMicrotask(() => {
          const answer = type === 'import' ? messages.slice(0, cut) : messages.slice(cut);
          for (const data of answer) w.onmessage?.({ data } as MessageEvent);
        });
      },
    };
    return w as unknown as Worker;
  };
  return { create, terminated: () => terminated, asked: () => asked };
}
