import { describe, expect, it } from 'vitest';
import { abortable } from './async.js';

async function* count(n: number) {
  for (let i = 0; i < n; i += 1) yield i;
}

describe('abortable', () => {
  it('passes every item through when nothing aborts', async () => {
    const seen: number[] = [];
    for await (const i of abortable(count(5), new AbortController().signal)) seen.push(i);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('stops a source stuck in a call that ignores the signal', async () => {
    const controller = new AbortController();
    async function* stuck() {
      yield 1;
      await new Promise(() => {});
    }
    const seen: number[] = [];
    const run = (async () => {
      for await (const i of abortable(stuck(), controller.signal)) seen.push(i);
    })();
    setTimeout(() => controller.abort(new Error('unit timed out')), 20);
    await expect(run).rejects.toThrow('unit timed out');
    expect(seen).toEqual([1]);
  });

  it('leaves no listener behind on the signal, however long the stream', async () => {
    const controller = new AbortController();
    let listeners = 0;
    const signal = controller.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...args: Parameters<typeof add>) => {
      listeners += 1;
      add(...args);
    }) as typeof add;
    signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
      listeners -= 1;
      remove(...args);
    }) as typeof remove;
    let items = 0;
    for await (const _ of abortable(count(10_000), signal)) items += 1;
    expect(items).toBe(10_000);
    expect(listeners).toBe(0);
  });
});
