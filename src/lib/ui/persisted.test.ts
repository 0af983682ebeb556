import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../tests/support/storage';
import { Persisted } from './persisted.svelte';

type Size = 'small' | 'large';
const isSize = (v: string): v is Size => v === 'small' || v === 'large';

describe('Persisted', () => {
  it('reads the stored value, and writes each change under its key', () => {
    const storage = memoryStorage({ 'test.size': 'large' });
    const p = new Persisted<Size>('test.size', 'small', isSize, () => storage);
    expect(p.current).toBe('large');
    p.current = 'small';
    expect(p.current).toBe('small');
    expect(storage.getItem('test.size')).toBe('small');
    expect(new Persisted<Size>('test.size', 'large', isSize, () => storage).current).toBe('small');
  });

  it('falls back when nothing is stored or the stored value is not valid', () => {
    expect(new Persisted<Size>('k', 'small', isSize, () => memoryStorage()).current).toBe('small');
    const storage = memoryStorage({ k: 'huge' });
    expect(new Persisted<Size>('k', 'small', isSize, () => storage).current).toBe('small');
  });

  it('keeps the value for the page when storage is unavailable', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    const p = new Persisted<Size>('k', 'small', isSize, blocked);
    expect(p.current).toBe('small');
    p.current = 'large';
    expect(p.current).toBe('large');
  });

  it('keeps the value when storage refuses to write (a full quota)', () => {
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const p = new Persisted<Size>('k', 'small', isSize, () => full);
    p.current = 'large';
    expect(p.current).toBe('large');
  });
});
