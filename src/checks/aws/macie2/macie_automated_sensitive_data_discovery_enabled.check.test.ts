import { describe, expect, it } from 'vitest';
import { run } from '../testing.js';
import check from './macie_automated_sensitive_data_discovery_enabled.check.js';
import { DENIED, REGION_ID, all, disabled, discovery, session, snapshot } from './fixtures.js';

describe('macie_automated_sensitive_data_discovery_enabled', () => {
  it('passes automated discovery ENABLED and fails it DISABLED', () => {
    expect(run(check, all)).toEqual([
      {
        resource_id: REGION_ID,
        status: 'PASS',
        reason: 'Macie runs automated sensitive data discovery in eu-west-3',
      },
    ]);
    expect(run(check, snapshot({ automatedDiscovery: discovery('DISABLED') }))).toEqual([
      {
        resource_id: REGION_ID,
        status: 'FAIL',
        reason: 'Macie automated sensitive data discovery is DISABLED in eu-west-3',
      },
    ]);
  });

  it('leaves a region where Macie is not enabled, or PAUSED, to macie_is_enabled', () => {
    expect(run(check, disabled)).toEqual([]);
    expect(run(check, snapshot({ session: session({ status: 'PAUSED' }) }))).toEqual([]);
  });

  it('is ERROR when the session or the configuration could not be read', () => {
    expect(
      run(
        check,
        snapshot({ automatedDiscovery: DENIED('macie2:GetAutomatedDiscoveryConfiguration') }),
      ),
    ).toEqual([
      expect.objectContaining({
        status: 'ERROR',
        reason: expect.stringContaining('macie2:GetAutomatedDiscoveryConfiguration was denied'),
      }),
    ]);
    const denied = DENIED('macie2:GetMacieSession');
    expect(run(check, snapshot({ session: denied, automatedDiscovery: denied }))[0]).toMatchObject({
      status: 'ERROR',
      reason: expect.stringContaining('macie2:GetMacieSession was denied'),
    });
  });
});
