import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CbpEvent, OutboxStore, Store } from '../core/index.js';
import { makeEvent, makeScan } from '../storage/store.conformance.js';

export type OutboxTestStore = Store & OutboxStore;

const T0 = new Date('2026-11-20T10:00:00.000Z');
const LIMITS = { maxEvents: 1000, maxBytes: 1_000_000 };
const failure = (statusCode: number | null, error = `answered ${statusCode}`) => ({
  statusCode,
  error,
  responseBody: statusCode === null ? null : `{"status":${statusCode}}`,
});

function events(scan: { id: string; client_id: string }, count: number, from = 0): CbpEvent[] {
  return Array.from({ length: count }, (_, i) =>
    makeEvent({
      scan,
      resourceId: `arn:aws:ec2:eu-west-3:123456789012:instance/i-${String(from + i).padStart(8, '0')}`,
      metricType: 'aws.metadata.ec2.instance_type',
      value: 't3.micro',
    }),
  );
}

const ids = (batch: { events: string[] } | null) =>
  (batch?.events ?? []).map((json) => (JSON.parse(json) as CbpEvent).event_id);

/** The outbox half of the store: the same behaviour on every adapter. */
export function describeOutboxConformance(
  name: string,
  open: () => Promise<OutboxTestStore>,
): void {
  describe(`outbox (${name})`, () => {
    let store: OutboxTestStore;
    let scan: ReturnType<typeof makeScan>;

    beforeEach(async () => {
      store = await open();
      scan = makeScan();
      await store.createScan(scan, null);
    });

    afterEach(async () => {
      await store.close();
    });

    it('queues each newly stored event once per sink, in the transaction of the insert', async () => {
      const batch = events(scan, 5);
      expect(await store.insertEvents(batch, ['opsteamize', 'webhook'])).toBe(5);
      // A re-run unit stores nothing new, so it queues nothing either.
      expect(await store.insertEvents([...batch, ...events(scan, 2, 5)], ['opsteamize'])).toBe(2);
      await store.insertEvents(events(scan, 3, 100));
      const statuses = await store.sinkStatuses();
      expect(statuses.map((s) => [s.sink, s.backlog_events])).toEqual([
        ['opsteamize', 7],
        ['webhook', 5],
      ]);
      const sealed = await store.nextOutboxBatch('opsteamize', LIMITS, T0);
      expect(ids(sealed)).toEqual([...batch, ...events(scan, 2, 5)].map((e) => e.event_id));
      const first = JSON.parse(sealed!.events[0]!) as CbpEvent;
      expect(first).toEqual(batch[0]);
    });

    it('queues a duplicate within one insert once', async () => {
      const [one] = events(scan, 1);
      expect(await store.insertEvents([one!, { ...one! }], ['opsteamize'])).toBe(1);
      expect((await store.sinkStatuses())[0]?.backlog_events).toBe(1);
    });

    it('seals batches in order of arrival within the event and byte limits', async () => {
      const all = events(scan, 25);
      await store.insertEvents(all.slice(0, 10), ['opsteamize']);
      await store.insertEvents(all.slice(10), ['opsteamize']);
      const first = await store.nextOutboxBatch('opsteamize', { maxEvents: 12, maxBytes: 1e6 }, T0);
      expect(ids(first)).toEqual(all.slice(0, 12).map((e) => e.event_id));
      await store.ackOutboxBatch('opsteamize', first!.id, T0);
      const size = Buffer.byteLength(JSON.stringify(all[12])) + 1;
      const second = await store.nextOutboxBatch(
        'opsteamize',
        { maxEvents: 100, maxBytes: size * 3 + 2 },
        T0,
      );
      expect(ids(second)).toEqual(all.slice(12, 15).map((e) => e.event_id));
      // An event larger than the byte limit still goes, alone.
      await store.ackOutboxBatch('opsteamize', second!.id, T0);
      const third = await store.nextOutboxBatch('opsteamize', { maxEvents: 100, maxBytes: 1 }, T0);
      expect(ids(third)).toEqual([all[15]!.event_id]);
    });

    it('hands out the same batch, same id and events, until it is acknowledged; then never again', async () => {
      const all = events(scan, 6);
      await store.insertEvents(all, ['opsteamize']);
      const limits = { maxEvents: 4, maxBytes: 1e6 };
      const first = await store.nextOutboxBatch('opsteamize', limits, T0);
      // Events arriving meanwhile do not join a sealed batch.
      await store.insertEvents(events(scan, 2, 50), ['opsteamize']);
      const again = await store.nextOutboxBatch('opsteamize', limits, T0);
      expect(again).toEqual(first);
      await store.ackOutboxBatch('opsteamize', first!.id, T0);
      // Acknowledging twice (a deliverer that took over resent it) changes nothing.
      await store.ackOutboxBatch('opsteamize', first!.id, T0);
      const next = await store.nextOutboxBatch('opsteamize', limits, T0);
      expect(next!.id).not.toBe(first!.id);
      expect(ids(next)).toEqual([
        ...all.slice(4).map((e) => e.event_id),
        ...events(scan, 2, 50).map((e) => e.event_id),
      ]);
      await store.ackOutboxBatch('opsteamize', next!.id, T0);
      expect(await store.nextOutboxBatch('opsteamize', limits, T0)).toBeNull();
      const [status] = await store.sinkStatuses();
      expect(status).toMatchObject({
        sink: 'opsteamize',
        backlog_events: 0,
        delivered_events: 8,
        delivered_batches: 2,
        last_delivered_at: T0.toISOString(),
      });
    });

    it('keeps a failing batch first in line until its retry time', async () => {
      await store.insertEvents(events(scan, 3), ['opsteamize']);
      const batch = await store.nextOutboxBatch('opsteamize', { maxEvents: 2, maxBytes: 1e6 }, T0);
      const retryAt = new Date(T0.getTime() + 4000);
      await store.retryOutboxBatch('opsteamize', batch!.id, failure(503), T0, retryAt);
      const again = await store.nextOutboxBatch('opsteamize', LIMITS, T0);
      expect(again).toMatchObject({ id: batch!.id, attempts: 1, notBefore: retryAt });
      expect(again!.events).toEqual(batch!.events);
      const [status] = await store.sinkStatuses();
      expect(status).toMatchObject({
        backlog_events: 3,
        last_error: 'answered 503',
        next_attempt_at: retryAt.toISOString(),
      });

      // The aggregator is back: the batch goes through and the error is no longer the sink's state.
      await store.ackOutboxBatch('opsteamize', batch!.id, retryAt);
      const [recovered] = await store.sinkStatuses();
      expect(recovered).toMatchObject({
        backlog_events: 1,
        last_error: null,
        last_error_at: null,
        last_delivered_at: retryAt.toISOString(),
      });
    });

    it('sets a rejected batch aside as a dead letter, goes on, and re-drives it under a new id', async () => {
      const all = events(scan, 4);
      await store.insertEvents(all, ['opsteamize']);
      const limits = { maxEvents: 2, maxBytes: 1e6 };
      const rejected = await store.nextOutboxBatch('opsteamize', limits, T0);
      await store.deadLetterOutboxBatch('opsteamize', rejected!.id, failure(400), T0);
      const next = await store.nextOutboxBatch('opsteamize', limits, T0);
      expect(ids(next)).toEqual(all.slice(2).map((e) => e.event_id));
      await store.ackOutboxBatch('opsteamize', next!.id, T0);
      expect(await store.nextOutboxBatch('opsteamize', limits, T0)).toBeNull();

      const page = await store.listDeadLetters('opsteamize', { limit: 10 });
      expect(page.items).toEqual([
        {
          id: rejected!.id,
          sink: 'opsteamize',
          events: 2,
          bytes: expect.any(Number),
          attempts: 1,
          status_code: 400,
          error: 'answered 400',
          response_body: '{"status":400}',
          created_at: T0.toISOString(),
          failed_at: T0.toISOString(),
        },
      ]);
      expect(page.next_cursor).toBeNull();
      expect((await store.sinkStatuses())[0]).toMatchObject({
        backlog_events: 0,
        dead_letter_batches: 1,
        dead_letter_events: 2,
      });

      expect(await store.redriveDeadLetter('opsteamize', 'no-such-id', T0)).toBeNull();
      expect(await store.redriveDeadLetter('webhook', rejected!.id, T0)).toBeNull();
      const redriven = await store.redriveDeadLetter('opsteamize', rejected!.id, T0);
      expect(redriven).not.toBe(rejected!.id);
      const resent = await store.nextOutboxBatch('opsteamize', limits, T0);
      expect(resent).toMatchObject({ id: redriven, attempts: 0 });
      expect(resent!.events).toEqual(rejected!.events);
      expect((await store.listDeadLetters('opsteamize', { limit: 10 })).items).toEqual([]);
      await store.ackOutboxBatch('opsteamize', redriven!, T0);
      expect((await store.sinkStatuses())[0]).toMatchObject({
        backlog_events: 0,
        dead_letter_batches: 0,
        delivered_events: 4,
      });
    });

    it('pages dead letters oldest first', async () => {
      await store.insertEvents(events(scan, 3), ['webhook']);
      const dead: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        const batch = await store.nextOutboxBatch('webhook', { maxEvents: 1, maxBytes: 1e6 }, T0);
        await store.deadLetterOutboxBatch('webhook', batch!.id, failure(422), T0);
        dead.push(batch!.id);
      }
      const first = await store.listDeadLetters('webhook', { limit: 2 });
      expect(first.items.map((d) => d.id)).toEqual(dead.slice(0, 2));
      const second = await store.listDeadLetters('webhook', {
        limit: 2,
        cursor: first.next_cursor!,
      });
      expect(second.items.map((d) => d.id)).toEqual(dead.slice(2));
      expect(second.next_cursor).toBeNull();
      await expect(store.listDeadLetters('webhook', { limit: 2, cursor: 'x' })).rejects.toThrow(
        RangeError,
      );
    });

    it('keeps the sinks apart', async () => {
      await store.insertEvents(events(scan, 2), ['opsteamize', 'webhook']);
      const a = await store.nextOutboxBatch('opsteamize', LIMITS, T0);
      await store.ackOutboxBatch('opsteamize', a!.id, T0);
      const b = await store.nextOutboxBatch('webhook', LIMITS, T0);
      expect(ids(b)).toEqual(ids(a));
      expect(b!.id).not.toBe(a!.id);
    });

    it('lets one deliverer at a time hold a sink, until it releases it or its lease expires', async () => {
      expect(await store.acquireSinkLease('opsteamize', 'a', 30_000, T0)).toBe(true);
      expect(await store.acquireSinkLease('opsteamize', 'b', 30_000, T0)).toBe(false);
      expect(await store.acquireSinkLease('webhook', 'b', 30_000, T0)).toBe(true);
      // Renewal by the holder.
      const later = new Date(T0.getTime() + 20_000);
      expect(await store.acquireSinkLease('opsteamize', 'a', 30_000, later)).toBe(true);
      expect(
        await store.acquireSinkLease('opsteamize', 'b', 30_000, new Date(T0.getTime() + 40_000)),
      ).toBe(false);
      const expired = new Date(later.getTime() + 30_001);
      expect(await store.acquireSinkLease('opsteamize', 'b', 30_000, expired)).toBe(true);
      expect(await store.acquireSinkLease('opsteamize', 'a', 30_000, expired)).toBe(false);
      await store.releaseSinkLease('opsteamize', 'a');
      expect(await store.acquireSinkLease('opsteamize', 'a', 30_000, expired)).toBe(false);
      await store.releaseSinkLease('opsteamize', 'b');
      expect(await store.acquireSinkLease('opsteamize', 'a', 30_000, expired)).toBe(true);
    });

    it('grants a free sink to exactly one of two deliverers asking at once', async () => {
      const results = await Promise.all(
        ['a', 'b', 'c'].map((owner) => store.acquireSinkLease('opsteamize', owner, 30_000, T0)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
}
