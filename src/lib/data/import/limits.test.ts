import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_STREAMED_BYTES, sizeLimitIssue } from './limits';

describe('import size limit', () => {
  it('lets a CSV or Arrow file of a million events through, read as a stream or by columns', () => {
    const big = 300 * 2 ** 20;
    expect(sizeLimitIssue('events.csv', big)).toBeUndefined();
    expect(sizeLimitIssue('events.arrow', big)).toBeUndefined();
    expect(sizeLimitIssue('events.csv', MAX_STREAMED_BYTES)).toBeUndefined();
    expect(sizeLimitIssue('events.csv', MAX_STREAMED_BYTES + 1)).toMatchObject({
      code: 'file-too-large',
      params: { limit: MAX_STREAMED_BYTES, limitMB: 1024 },
    });
    expect(sizeLimitIssue('events.feather', 2 * 2 ** 30)).toMatchObject({
      params: { limitMB: 1024 },
    });
  });

  it('keeps the lower limit of a file read whole: JSON, by its name or its content', () => {
    const big = 300 * 2 ** 20;
    expect(sizeLimitIssue('events.geojson', MAX_IMPORT_BYTES)).toBeUndefined();
    for (const issue of [
      sizeLimitIssue('events.geojson', big),
      sizeLimitIssue('events.json', big),
      sizeLimitIssue('events', big, 'whole'),
    ])
      expect(issue).toMatchObject({ code: 'file-too-large', params: { limit: MAX_IMPORT_BYTES } });
  });
});
