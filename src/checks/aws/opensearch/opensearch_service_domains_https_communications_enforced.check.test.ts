import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, domain, hidden, office, sloppy, snapshot, sound } from './fixtures.js';
import check from './opensearch_service_domains_https_communications_enforced.check.js';

describe('opensearch_service_domains_https_communications_enforced', () => {
  it('opensearch_service_domains_https_communications_enforced: judges each domain, ERROR naming DescribeDomains when unread', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [office.arn]: 'PASS',
      [hidden.arn]: 'ERROR',
    });
    expect(run(check, snapshot([sloppy]))[0]?.reason).toBe('domain legacy-logs accepts plain HTTP');
    expect(run(check, snapshot([hidden]))[0]?.reason).toContain('es:DescribeDomains was denied');
  });

  it('opensearch_service_domains_https_communications_enforced: fails the variant', () => {
    expect(
      run(
        check,
        snapshot([domain('anonymous', { tlsSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' })]),
      )[0],
    ).toMatchObject({
      status: 'FAIL',
      reason:
        'domain anonymous requires HTTPS but its TLS policy Policy-Min-TLS-1-0-2019-07 allows TLS older than 1.2',
    });
  });
});
