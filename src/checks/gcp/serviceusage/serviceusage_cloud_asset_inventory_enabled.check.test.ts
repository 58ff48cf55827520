import { describe, expect, it } from 'vitest';
import { PROJECT, PROJECT_ID, statuses } from '../testing.js';
import check from './serviceusage_cloud_asset_inventory_enabled.check.js';

const service = (name: string) => ({
  id: `//serviceusage.googleapis.com/projects/${PROJECT}/services/${name}`,
  name,
});

describe('serviceusage_cloud_asset_inventory_enabled', () => {
  it('passes a project with the Cloud Asset API and fails one without', () => {
    expect(
      statuses(check, { project: PROJECT, services: [service('cloudasset.googleapis.com')] }),
    ).toEqual({ [PROJECT_ID]: 'PASS' });
    expect(
      statuses(check, { project: PROJECT, services: [service('compute.googleapis.com')] }),
    ).toEqual({ [PROJECT_ID]: 'FAIL' });
  });
});
