import { describe, expect, it } from 'vitest';
import { DEFAULT_SCAN_OPTIONS, metric, silentLogger, type EventDraft } from '../../core/index.js';
import type { AwsClients } from './client-factory.js';
import { defineAwsScanner, type AwsUnitContext } from './define-scanner.js';
import { drainEvents } from './testing/unit-context.js';

const scanner = defineAwsScanner<{ names: string[] }>({
  service: 'demo',
  title: 'Demo',
  scope: 'regional',
  metrics: [metric('aws.metadata.demo.name', 'string', 'Name')],
  permissions: ['demo:ListThings'],
  collect: async () => ({ names: ['a', 'b'] }),
  extract: function* (snapshot) {
    for (const name of snapshot.names) {
      yield {
        resource_id: `arn:aws:demo:eu-west-1:123456789012:thing/${name}`,
        metric_type: 'aws.metadata.demo.name',
        metric_value: name,
      };
    }
  },
});

function context(derive?: (snapshot: unknown) => Iterable<EventDraft>): AwsUnitContext {
  return {
    scanId: 'scan',
    clientId: 'ACME',
    accountId: '123456789012',
    region: 'eu-west-1',
    clients: {} as AwsClients,
    options: DEFAULT_SCAN_OPTIONS,
    signal: new AbortController().signal,
    clock: { now: () => new Date('2026-11-20T10:00:00Z') },
    log: silentLogger,
    derive,
  };
}

describe('defineAwsScanner', () => {
  it('yields the extractors’ events, then what is derived from the same snapshot', async () => {
    const seen: unknown[] = [];
    const events = await drainEvents(
      scanner.scan(
        context((snapshot) => {
          seen.push(snapshot);
          return [
            {
              resource_id: 'arn:x',
              metric_type: 'aws.security.demo.check',
              metric_value: { status: 'PASS' },
            },
          ];
        }),
      ),
    );
    expect(events.map((e) => e.metric_type)).toEqual([
      'aws.metadata.demo.name',
      'aws.metadata.demo.name',
      'aws.security.demo.check',
    ]);
    expect(seen).toEqual([{ names: ['a', 'b'] }]);
  });

  it('collects once and derives nothing when no evaluator is given', async () => {
    expect(await drainEvents(scanner.scan(context()))).toHaveLength(2);
  });
});
