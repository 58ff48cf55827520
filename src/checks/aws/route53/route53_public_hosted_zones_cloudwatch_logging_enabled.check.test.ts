import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, DENIED, hidden, LOG_GROUP, sloppy, snapshot, sound } from './fixtures.js';
import logging from './route53_public_hosted_zones_cloudwatch_logging_enabled.check.js';

describe('route53_public_hosted_zones_cloudwatch_logging_enabled', () => {
  it('passes a public zone with query logging, fails one without, skips private zones', () => {
    expect(statuses(logging, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [hidden.arn]: 'FAIL',
    });
    expect(run(logging, snapshot([sound, sloppy])).map((r) => r.reason)).toEqual([
      `zone example.com. logs queries to ${LOG_GROUP}`,
      'public zone example.org. has no query logging',
    ]);
  });

  it('is ERROR naming the call when ListQueryLoggingConfigs is denied', () => {
    const results = run(
      logging,
      snapshot([sound, sloppy], DENIED('route53:ListQueryLoggingConfigs')),
    );
    expect(results.map((r) => r.status)).toEqual(['ERROR', 'ERROR']);
    expect(results[0]!.reason).toContain(
      'route53:ListQueryLoggingConfigs was denied (AccessDenied)',
    );
  });
});
