import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCAN_OPTIONS,
  MetricCatalogue,
  type CheckDefinition,
  type EventDraft,
  type ScanOptions,
} from '../core/index.js';
import { defineCheck } from './define.js';
import { CheckEngine } from './engine.js';
import { CheckRegistry } from './registry.js';

interface Box {
  items: { id: string; ok: boolean }[];
}

const base = {
  provider: 'aws',
  service: 'box',
  resource_type: 'Other',
  description: 'test',
  risk: 'test',
  remediation: { text: 'fix it', cli: 'aws box fix', console: undefined },
};

const okCheck = defineCheck<Box>({
  ...base,
  id: 'box_ok',
  title: 'Items are ok',
  severity: 'high',
  compliance: { 'cis_aws_7.0': ['2.4'], aws_fsbp: [] },
  *evaluate(snapshot) {
    for (const item of snapshot.items)
      yield {
        resource_id: `arn:aws:box:::${item.id}`,
        status: item.ok ? 'PASS' : 'FAIL',
        reason: `${item.id} ok=${item.ok}`,
      };
  },
});
const lowCheck = defineCheck<Box>({
  ...base,
  id: 'box_low',
  title: 'Low thing',
  severity: 'low',
  compliance: {},
  *evaluate() {
    yield { resource_id: 'arn:aws:box:::account', status: 'PASS', reason: 'fine' };
  },
});
const brokenCheck = defineCheck<Box>({
  ...base,
  id: 'box_broken',
  title: 'Broken',
  severity: 'medium',
  compliance: {},
  evaluate() {
    throw new Error('unexpected snapshot');
  },
});
const otherService = defineCheck<Box>({
  ...okCheck,
  id: 'crate_ok',
  service: 'crate',
});

const registry = new CheckRegistry([
  okCheck,
  lowCheck,
  brokenCheck,
  otherService,
] as CheckDefinition[]);
const engine = new CheckEngine(registry, { now: () => new Date('2026-07-14T10:00:00Z') });
const snapshot: Box = {
  items: [
    { id: 'a', ok: true },
    { id: 'b', ok: false },
  ],
};

function evaluate(options: Partial<ScanOptions> = {}, region = 'eu-west-3'): EventDraft[] {
  return [
    ...engine.evaluate({
      provider: 'aws',
      service: 'box',
      accountId: '123456789012',
      region,
      scopeResourceId: `scope:${region}`,
      options: { ...DEFAULT_SCAN_OPTIONS, ...options },
      snapshot,
    }),
  ];
}

describe('CheckEngine', () => {
  it("turns each result of the service's checks into an aws.security.<service>.<check> event", () => {
    const events = evaluate({ checks: ['box_ok'] });
    expect(events).toEqual([
      {
        resource_id: 'arn:aws:box:::a',
        metric_type: 'aws.security.box.box_ok',
        metric_value: {
          status: 'PASS',
          severity: 'high',
          title: 'Items are ok',
          reason: 'a ok=true',
          remediation: { text: 'fix it', cli: 'aws box fix' },
          compliance: { 'cis_aws_7.0': ['2.4'] },
          resource_type: 'Other',
        },
      },
      expect.objectContaining({
        resource_id: 'arn:aws:box:::b',
        metric_value: expect.objectContaining({ status: 'FAIL' }),
      }),
    ]);
  });

  it('runs only the checks of the unit’s service', () => {
    expect(new Set(evaluate().map((e) => e.metric_type))).toEqual(
      new Set([
        'aws.security.box.box_ok',
        'aws.security.box.box_low',
        'aws.security.box.box_broken',
      ]),
    );
  });

  it('applies --checks, --exclude-checks, --severity and --framework', () => {
    const types = (options: Partial<ScanOptions>) => [
      ...new Set(evaluate(options).map((e) => e.metric_type)),
    ];
    expect(types({ exclude_checks: ['box_ok', 'box_broken'] })).toEqual([
      'aws.security.box.box_low',
    ]);
    expect(types({ severity: ['low', 'medium'] })).toEqual([
      'aws.security.box.box_broken',
      'aws.security.box.box_low',
    ]);
    expect(types({ frameworks: ['cis_aws_7.0'] })).toEqual(['aws.security.box.box_ok']);
    // An empty mapping is no mapping.
    expect(types({ frameworks: ['aws_fsbp'] })).toEqual([]);
    expect(types({ checks: ['box_ok', 'box_low'], severity: ['high'] })).toEqual([
      'aws.security.box.box_ok',
    ]);
  });

  it('turns a check that throws into one ERROR result on the unit scope and goes on with the others', () => {
    const events = evaluate({ checks: ['box_broken', 'box_low'] });
    expect(events[0]).toMatchObject({
      resource_id: 'scope:eu-west-3',
      metric_value: {
        status: 'ERROR',
        reason: 'the check could not evaluate the box snapshot: unexpected snapshot',
      },
    });
    expect(events[1]?.metric_type).toBe('aws.security.box.box_low');
    expect(evaluate({ checks: ['box_broken'] }, 'global')[0]?.resource_id).toBe('scope:global');
  });

  it('emits events the metric catalogue accepts', () => {
    const catalogue = new MetricCatalogue(registry.metricDefinitions());
    for (const event of evaluate()) {
      expect(catalogue.problemWith(event.metric_type, event.metric_value)).toBeNull();
    }
  });
});
