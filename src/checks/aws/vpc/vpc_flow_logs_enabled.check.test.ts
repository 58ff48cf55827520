import { describe, expect, it } from 'vitest';
import type { Vpc } from '../../../providers/aws/services/vpc/model.js';
import { snapshot } from './fixtures.js';
import { run } from '../testing.js';
import check from './vpc_flow_logs_enabled.check.js';

const vpc = (id: string, ownerId = '123456789012'): Vpc => ({
  id,
  ownerId,
  isDefault: false,
  state: 'available',
  cidrBlocks: ['10.0.0.0/16'],
  ipv6CidrBlocks: [],
  tags: {},
});

describe('vpc_flow_logs_enabled', () => {
  it('passes a VPC with an active flow log, fails one without, skips shared VPCs', () => {
    const s = snapshot({
      vpcs: [vpc('vpc-logged'), vpc('vpc-dark'), vpc('vpc-shared', '210987654321')],
      flowLogs: {
        state: 'available',
        value: [{ id: 'fl-1', resourceId: 'vpc-logged', status: 'ACTIVE' }],
      },
    });
    expect(run(check, s)).toEqual([
      {
        resource_id: 'arn:aws:ec2:eu-west-3:123456789012:vpc/vpc-logged',
        status: 'PASS',
        reason: 'vpc-logged has flow log fl-1',
      },
      {
        resource_id: 'arn:aws:ec2:eu-west-3:123456789012:vpc/vpc-dark',
        status: 'FAIL',
        reason: 'vpc-dark has no flow log',
      },
    ]);
  });

  it('reports ERROR, not FAIL or PASS, when the flow logs could not be listed', () => {
    const s = snapshot({
      vpcs: [vpc('vpc-dark')],
      flowLogs: {
        state: 'failed',
        action: 'ec2:DescribeFlowLogs',
        errorCode: 'ServiceUnavailable',
      },
    });
    expect(run(check, s)).toEqual([
      {
        resource_id: 'arn:aws:ec2:eu-west-3:123456789012:vpc/vpc-dark',
        status: 'ERROR',
        reason:
          "vpc-dark's flow logs could not be read: ec2:DescribeFlowLogs failed (ServiceUnavailable)",
      },
    ]);
  });
});
