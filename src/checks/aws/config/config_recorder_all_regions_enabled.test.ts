import { describe, expect, it } from 'vitest';
import type { ConfigRegionSnapshot } from '../../../providers/aws/services/config/model.js';
import { ACCOUNT, REGION, run } from '../testing.js';
import check from './config_recorder_all_regions_enabled.check.js';

const SCOPE = `arn:aws:config:${REGION}:${ACCOUNT}:region/${REGION}`;

function region(over: Partial<ConfigRegionSnapshot> = {}): ConfigRegionSnapshot {
  return {
    region: REGION,
    recorders: [{ name: 'default', allSupported: true, includeGlobalResourceTypes: true }],
    statuses: {
      state: 'available',
      value: [{ name: 'default', recording: true, lastStatus: 'Success' }],
    },
    deliveryChannels: {
      state: 'available',
      value: [{ name: 'default', s3BucketName: 'acme-config' }],
    },
    ...over,
  };
}

describe('config_recorder_all_regions_enabled', () => {
  it('passes a recording recorder of every resource type with a delivery channel', () => {
    expect(run(check, region())).toEqual([
      {
        resource_id: SCOPE,
        status: 'PASS',
        reason: 'recorder default records all resource types, global ones included',
      },
    ]);
  });

  it('fails a region without a recorder', () => {
    expect(run(check, region({ recorders: [] }))).toEqual([
      { resource_id: SCOPE, status: 'FAIL', reason: 'no configuration recorder in eu-west-3' },
    ]);
  });

  it('fails a stopped recorder of some types without a channel, naming each problem', () => {
    const snapshot = region({
      recorders: [{ name: 'default', allSupported: false, includeGlobalResourceTypes: false }],
      statuses: { state: 'available', value: [{ name: 'default', recording: false }] },
      deliveryChannels: { state: 'available', value: [] },
    });
    expect(run(check, snapshot)[0]).toEqual({
      resource_id: SCOPE,
      status: 'FAIL',
      reason:
        'recorder default is not recording, records selected resource types only, has no delivery channel',
    });
  });

  it('reports ERROR naming the permission when the status was denied', () => {
    const snapshot = region({
      statuses: {
        state: 'denied',
        action: 'config:DescribeConfigurationRecorderStatus',
        errorCode: 'AccessDeniedException',
      },
    });
    expect(run(check, snapshot)[0]).toEqual({
      resource_id: SCOPE,
      status: 'ERROR',
      reason:
        'the recorder status could not be read: config:DescribeConfigurationRecorderStatus was denied (AccessDeniedException)',
    });
  });
});
