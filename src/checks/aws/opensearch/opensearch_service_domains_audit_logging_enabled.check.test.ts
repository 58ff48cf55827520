import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hidden, office, sloppy, snapshot, sound } from './fixtures.js';
import check from './opensearch_service_domains_audit_logging_enabled.check.js';

describe('opensearch_service_domains_audit_logging_enabled', () => {
  it('opensearch_service_domains_audit_logging_enabled: judges each domain, ERROR naming DescribeDomains when unread', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [office.arn]: 'PASS',
      [hidden.arn]: 'ERROR',
    });
    expect(run(check, snapshot([sloppy]))[0]?.reason).toBe(
      'domain legacy-logs publishes no audit logs',
    );
    expect(run(check, snapshot([hidden]))[0]?.reason).toContain('es:DescribeDomains was denied');
  });
});
