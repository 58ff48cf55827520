import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hidden, office, sloppy, snapshot, sound } from './fixtures.js';
import check from './opensearch_service_domains_updated_to_the_latest_service_software_version.check.js';

describe('opensearch_service_domains_updated_to_the_latest_service_software_version', () => {
  it('opensearch_service_domains_updated_to_the_latest_service_software_version: judges each domain, ERROR naming DescribeDomains when unread', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [office.arn]: 'PASS',
      [hidden.arn]: 'ERROR',
    });
    expect(run(check, snapshot([sloppy]))[0]?.reason).toBe(
      'domain legacy-logs has a service software update waiting (runs OpenSearch_2_13_R20241112)',
    );
    expect(run(check, snapshot([hidden]))[0]?.reason).toContain('es:DescribeDomains was denied');
  });
});
