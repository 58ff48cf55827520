import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hidden, office, sloppy, snapshot, sound } from './fixtures.js';
import check from './opensearch_service_domains_not_publicly_accessible.check.js';

describe('opensearch_service_domains_not_publicly_accessible', () => {
  it('opensearch_service_domains_not_publicly_accessible: judges each domain, ERROR naming DescribeDomains when unread', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [office.arn]: 'PASS',
      [hidden.arn]: 'ERROR',
    });
    expect(run(check, snapshot([sloppy]))[0]?.reason).toBe(
      'domain legacy-logs has a public endpoint and its access policy lets anyone call es:* (statement Anyone)',
    );
    expect(run(check, snapshot([hidden]))[0]?.reason).toContain('es:DescribeDomains was denied');
  });
});
