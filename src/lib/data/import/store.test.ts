import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importText } from './importer';
import { listImported, loadImported, removeImported, saveImported } from './store';

describe('IndexedDB store of imported datasets', () => {
  it('saves, lists, loads and removes', async () => {
    const a = importText('date,title\n2022-01-05,A\n', 'a.csv');
    const b = importText('date,title\n2022-01-06,B\n2022-01-07,C\n', 'b.csv');
    const idA = await saveImported(a.dataset, a.report, 1000);
    const idB = await saveImported(b.dataset, b.report, 2000);
    expect(await listImported()).toEqual([
      { id: idB, title: 'b', file: 'b.csv', savedAt: 2000, events: 2 },
      { id: idA, title: 'a', file: 'a.csv', savedAt: 1000, events: 1 },
    ]);
    const loaded = await loadImported(idB);
    expect(loaded?.dataset).toEqual(b.dataset);
    expect(loaded?.report).toEqual(b.report);
    await removeImported(idA);
    expect((await listImported()).map((s) => s.id)).toEqual([idB]);
    expect(await loadImported(idA)).toBeUndefined();
    // Saving the same file again replaces it (same content -> same id).
    const again = importText('date,title\n2022-01-06,B\n2022-01-07,C\n', 'b.csv');
    expect(await saveImported(again.dataset, again.report, 3000)).toBe(idB);
    expect(await listImported()).toHaveLength(1);
  });

  it('reads a record saved as objects by an earlier version', async () => {
    const a = importText('date,title\n2022-01-05,Old\n', 'old.csv');
    await listImported(); // the database exists, with its stores
    const req = indexedDB.open('casemap-imports');
    const db = await new Promise<IDBDatabase>(
      (resolve) => (req.onsuccess = () => resolve(req.result)),
    );
    const tx = db.transaction('imports', 'readwrite');
    tx.objectStore('imports').put({ id: 'old', dataset: a.dataset, report: a.report });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    expect((await loadImported('old'))?.dataset).toEqual(a.dataset);
  });
});
