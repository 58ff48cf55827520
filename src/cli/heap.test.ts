import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import {
  boundHeapGrowth,
  DATA_PLANE_YOUNG_GENERATION_MIB,
  dataPlaneResourceLimits,
  HEAP_GROWING_PERCENT,
} from './heap.js';

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

describe('dataPlaneResourceLimits', () => {
  it('gives the data-plane thread a young generation of 12 MiB, which V8 takes as two 4 MiB semi-spaces', async () => {
    const resourceLimits = dataPlaneResourceLimits([]);
    expect(resourceLimits).toEqual({ maxYoungGenerationSizeMb: DATA_PLANE_YOUNG_GENERATION_MIB });
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       const v8 = require('node:v8');
       let keep = [];
       for (let i = 0; i < 1e6; i++) { keep.push({ i }); if (keep.length > 1e5) keep = []; }
       const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
       parentPort.postMessage(space.space_size);`,
      { eval: true, resourceLimits },
    );
    const newSpace = await new Promise<number>((resolve) => worker.once('message', resolve));
    await worker.terminate();
    expect(newSpace / 2 ** 20).toBeLessThanOrEqual(8);
  });

  it('keeps the operator’s own --max-semi-space-size', () => {
    expect(dataPlaneResourceLimits(['--max-semi-space-size=16'])).toBeUndefined();
    expect(dataPlaneResourceLimits(['--max-semi-space-size', '16'])).toBeUndefined();
  });
});
