import { describe, expect, it } from 'vitest';
import type { SecurityHubRegionSnapshot } from '../../../providers/aws/services/securityhub/model.js';
import { ACCOUNT, REGION, run } from '../testing.js';
import check from './securityhub_enabled.check.js';

const SCOPE = `arn:aws:securityhub:${REGION}:${ACCOUNT}:region/${REGION}`;
const HUB = `arn:aws:securityhub:${REGION}:${ACCOUNT}:hub/default`;

describe('securityhub_enabled', () => {
  it('passes an enabled hub, counting its standards', () => {
    const snapshot: SecurityHubRegionSnapshot = {
      region: REGION,
      hub: { state: 'available', value: { arn: HUB } },
      standards: {
        state: 'available',
        value: [
          {
            standardsArn:
              'arn:aws:securityhub:eu-west-3::standards/aws-foundational-security-best-practices/v/1.0.0',
            status: 'READY',
          },
        ],
      },
    } as const;
    expect(run(check, snapshot)).toEqual([
      {
        resource_id: SCOPE,
        status: 'PASS',
        reason: `hub ${HUB} is enabled, 1 standard(s) enabled`,
      },
    ]);
  });

  it('fails a region where the account is not subscribed', () => {
    const snapshot = {
      region: REGION,
      hub: {
        state: 'absent',
        action: 'securityhub:DescribeHub',
        errorCode: 'InvalidAccessException',
      },
    } as const;
    expect(run(check, snapshot)).toEqual([
      {
        resource_id: SCOPE,
        status: 'FAIL',
        reason: 'Security Hub is not enabled in eu-west-3 (InvalidAccessException)',
      },
    ]);
  });

  it('still passes when only the standards were denied: enablement is known', () => {
    const snapshot = {
      region: REGION,
      hub: { state: 'available', value: { arn: HUB } },
      standards: {
        state: 'denied',
        action: 'securityhub:GetEnabledStandards',
        errorCode: 'AccessDeniedException',
      },
    } as const;
    expect(run(check, snapshot)[0]).toEqual({
      resource_id: SCOPE,
      status: 'PASS',
      reason: `hub ${HUB} is enabled`,
    });
  });

  it('reports ERROR when DescribeHub could not say', () => {
    const [result] = run(check, {
      region: REGION,
      hub: { state: 'failed', action: 'securityhub:DescribeHub', errorCode: 'ServiceUnavailable' },
    });
    expect(result).toMatchObject({ status: 'ERROR' });
    expect(result!.reason).toContain('securityhub:DescribeHub failed (ServiceUnavailable)');
  });
});
