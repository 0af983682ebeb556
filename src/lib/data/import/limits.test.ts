import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, sizeLimitIssue } from './limits';

describe('import size limit', () => {
  it('refuses a text file over the limit, and lets an Arrow file of a million events through', () => {
    const big = 300 * 2 ** 20;
    expect(sizeLimitIssue('events.csv', big)).toMatchObject({
      code: 'file-too-large',
      params: { limit: MAX_IMPORT_BYTES },
    });
    expect(sizeLimitIssue('events.csv', MAX_IMPORT_BYTES)).toBeUndefined();
    expect(sizeLimitIssue('events.arrow', big)).toBeUndefined();
    expect(sizeLimitIssue('events.feather', 2 * 2 ** 30)).toMatchObject({
      params: { limitMB: 1024 },
    });
  });
});
