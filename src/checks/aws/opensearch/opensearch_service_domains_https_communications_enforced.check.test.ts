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

  it('opensearch_service_domains_https_communications_enforced: fails a policy older than the latest, TLS 1.2 without forward secrecy too (FSBP Opensearch.8)', () => {
    for (const policy of ['Policy-Min-TLS-1-0-2019-07', 'Policy-Min-TLS-1-2-2019-07'])
      expect(
        run(check, snapshot([domain('anonymous', { tlsSecurityPolicy: policy })]))[0],
      ).toMatchObject({
        status: 'FAIL',
        reason: `domain anonymous requires HTTPS but its TLS policy ${policy} is not the latest (Policy-Min-TLS-1-2-PFS-2023-10 or Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08)`,
      });
    const fips = domain('fips', { tlsSecurityPolicy: 'Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08' });
    expect(run(check, snapshot([fips]))[0]?.status).toBe('PASS');
  });
});
