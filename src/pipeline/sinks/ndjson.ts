import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { toWire, type CbpEvent, type EventSink } from '../../core/index.js';

/** One 2CBP event per line (the five wire fields, or with the envelope), to any writable stream. */
export class NdjsonSink implements EventSink {
  constructor(
    readonly name: string,
    private readonly stream: Writable,
    private readonly options: { envelope?: boolean; closeStream?: boolean } = {},
  ) {}

  async write(events: readonly CbpEvent[]): Promise<void> {
    let chunk = '';
    for (const event of events)
      chunk += JSON.stringify(this.options.envelope ? event : toWire(event)) + '\n';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (!this.options.closeStream) return;
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

export function stdoutSink(options: { envelope?: boolean } = {}): NdjsonSink {
  return new NdjsonSink('stdout', process.stdout, options);
}

/** A file of NDJSON events: replaced, or with `append` added to (the long-running `ndjson` sink). */
export async function fileSink(
  path: string,
  options: { envelope?: boolean; append?: boolean; name?: string } = {},
): Promise<NdjsonSink> {
  await mkdir(dirname(path), { recursive: true });
  const stream = createWriteStream(path, { flags: options.append ? 'a' : 'w' });
  await once(stream, 'open');
  return new NdjsonSink(options.name ?? `file:${path}`, stream, {
    envelope: options.envelope,
    closeStream: true,
  });
}

/** The `ndjson` sink of `serve` and `worker`: appends to `path`, opened with the first event. */
export function appendingFileSink(path: string, options: { envelope?: boolean } = {}): EventSink {
  let opened: Promise<NdjsonSink> | null = null;
  return {
    name: 'ndjson',
    async write(events) {
      opened ??= fileSink(path, { ...options, append: true, name: 'ndjson' });
      await (await opened).write(events);
    },
    async close() {
      if (opened) await (await opened).close();
    },
  };
}
