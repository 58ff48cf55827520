import { describe, expect, it } from 'vitest';
import { PROJECT_ID, run } from '../testing.js';
import { snapshot } from './fixtures.js';
import check from './compute_no_default_network.check.js';

const network = (name: string) => ({
  id: `n/${name}`,
  name,
  autoCreateSubnetworks: name === 'default',
  legacy: false,
});

describe('compute_no_default_network', () => {
  it('fails a project with the default network and passes one without', () => {
    expect(run(check, snapshot({ networks: [network('default'), network('app')] }))).toEqual([
      { resource_id: PROJECT_ID, status: 'FAIL', reason: 'acme-prod has the default network' },
    ]);
    expect(run(check, snapshot({ networks: [network('app')] }))[0]?.status).toBe('PASS');
  });
});
