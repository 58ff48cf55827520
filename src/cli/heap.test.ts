import { describe, expect, it } from 'vitest';
import { boundHeapGrowth, HEAP_GROWING_PERCENT } from './heap.js';

describe('boundHeapGrowth', () => {
  it('bounds how far V8 grows the heap past the live set', () => {
    const set: string[] = [];
    boundHeapGrowth(['--enable-source-maps'], (flags) => set.push(flags));
    expect(set).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]);
  });

  it('keeps the operator’s own --heap-growing-percent', () => {
    const set: string[] = [];
    boundHeapGrowth(['--heap-growing-percent=50'], (flags) => set.push(flags));
    boundHeapGrowth(['--heap-growing-percent', '50'], (flags) => set.push(flags));
    expect(set).toEqual([]);
  });
});
