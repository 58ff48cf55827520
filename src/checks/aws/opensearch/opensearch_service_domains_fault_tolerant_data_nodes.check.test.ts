import { describe, expect, it } from 'vitest';
import { run, statuses } from '../testing.js';
import { all, hidden, office, sloppy, snapshot, sound } from './fixtures.js';
import check from './opensearch_service_domains_fault_tolerant_data_nodes.check.js';

describe('opensearch_service_domains_fault_tolerant_data_nodes', () => {
  it('opensearch_service_domains_fault_tolerant_data_nodes: judges each domain, ERROR naming DescribeDomains when unread', () => {
    expect(statuses(check, all)).toEqual({
      [sound.arn]: 'PASS',
      [sloppy.arn]: 'FAIL',
      [office.arn]: 'FAIL',
      [hidden.arn]: 'ERROR',
    });
    expect(run(check, snapshot([sloppy]))[0]?.reason).toBe(
      'domain legacy-logs has 1 data node(s), fewer than 3',
    );
    expect(run(check, snapshot([hidden]))[0]?.reason).toContain('es:DescribeDomains was denied');
  });
});
