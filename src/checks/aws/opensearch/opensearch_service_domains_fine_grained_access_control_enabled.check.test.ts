import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, domain, hidden, office, sloppy, snapshot, sound } from './fixtures.js';
import check from './opensearch_service_domains_fine_grained_access_control_enabled.check.js';

describe('opensearch_service_domains_fine_grained_access_control_enabled', () => {
  it('opensearch_service_domains_fine_grained_access_control_enabled: judges each domain, ERROR naming DescribeDomains when unread', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [office.arn]: 'PASS',
      [hidden.arn]: 'ERROR',
    });
    expect(run(check, snapshot([sloppy]))[0]?.reason).toBe(
      'domain legacy-logs has no fine-grained access control',
    );
    expect(run(check, snapshot([hidden]))[0]?.reason).toContain('es:DescribeDomains was denied');
  });

  it('opensearch_service_domains_fine_grained_access_control_enabled: fails the variant', () => {
    expect(run(check, snapshot([domain('anonymous', { anonymousAuth: true })]))[0]).toMatchObject({
      status: 'FAIL',
      reason: 'domain anonymous has fine-grained access control but lets anonymous users in',
    });
  });
});
