import { describe, expect, it } from 'vitest';
import { categoryOf, eventId, metricTypeSchema, wireEventSchema } from './event.js';

const valid = {
  client_id: 'ACME',
  timestamp: '2026-07-14T09:30:00.123+02:00',
  resource_id: 'arn:aws:ec2:eu-west-1:123456789012:instance/i-0abc',
  metric_type: 'aws.metadata.ec2.instance_type',
  metric_value: 't3.micro',
};

describe('wireEventSchema', () => {
  it('accepts the five fields with every kind of value', () => {
    for (const metric_value of ['t3.micro', 27.85, true, { '2026-10': 1234.5 }, ['sg-1', 'sg-2']]) {
      expect(wireEventSchema.safeParse({ ...valid, metric_value }).success).toBe(true);
    }
  });

  it('rejects an empty client, a UTC timestamp, a bad metric type, null and extra fields', () => {
    const problems = [
      { ...valid, client_id: '' },
      { ...valid, timestamp: '2026-07-14T07:30:00Z' },
      { ...valid, metric_type: 'aws.ec2.instance_type' },
      { ...valid, metric_type: 'aws.money.ec2.cost' },
      { ...valid, metric_value: null },
      { ...valid, metric_value: Number.NaN },
      { ...valid, extra: 1 },
    ];
    for (const event of problems) expect(wireEventSchema.safeParse(event).success).toBe(false);
  });
});

describe('metricTypeSchema', () => {
  it('wants at least four lower snake case parts with a known category second', () => {
    expect(metricTypeSchema.safeParse('aws.performance.ec2.cpu_utilization.average').success).toBe(
      true,
    );
    expect(metricTypeSchema.safeParse('aws.security.vpc.open_security_rules_count').success).toBe(
      true,
    );
    expect(metricTypeSchema.safeParse('aws.performance.ec2').success).toBe(false);
    expect(metricTypeSchema.safeParse('aws.performance.ec2.CpuUtilization').success).toBe(false);
    expect(metricTypeSchema.safeParse('aws.performance.ec2.cpu__x').success).toBe(false);
  });
});

describe('eventId', () => {
  it('is the same for the same scan, resource and metric, and differs otherwise', () => {
    const a = eventId('scan-1', 'arn:r', 'aws.metadata.ec2.state');
    expect(eventId('scan-1', 'arn:r', 'aws.metadata.ec2.state')).toBe(a);
    expect(eventId('scan-2', 'arn:r', 'aws.metadata.ec2.state')).not.toBe(a);
    expect(eventId('scan-1', 'arn:r2', 'aws.metadata.ec2.state')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('categoryOf', () => {
  it('reads the second part', () => {
    expect(categoryOf('aws.cost.account.monthly_cost_usd')).toBe('cost');
    expect(() => categoryOf('aws.unknown.x.y')).toThrow();
  });
});
