import { describe, expect, it } from 'vitest';
import { sharedRead } from './shared-read.js';

describe('sharedRead', () => {
  it('loads once for every caller of a key, and again after a failed load', async () => {
    const reads = new Map<string, Promise<unknown>>();
    let loads = 0;
    const load = async () => {
      loads += 1;
      if (loads === 1) throw new Error('unavailable');
      return loads;
    };
    await expect(sharedRead(reads, 'k', load)).rejects.toThrow('unavailable');
    await Promise.resolve();
    const [a, b] = await Promise.all([sharedRead(reads, 'k', load), sharedRead(reads, 'k', load)]);
    expect([a, b, loads]).toEqual([2, 2, 2]);
    expect(await sharedRead(reads, 'other', async () => 'x')).toBe('x');
  });
});
