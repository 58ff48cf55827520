import { describe, expect, it } from 'vitest';
import { parseScanRequest } from '../../scanning/request.js';
import { ScannerRegistry } from '../../scanning/registry.js';
import { UserError } from '../errors.js';
import { scanRequestFromFlags } from './scan.js';

const base = { provider: 'aws', services: 'ec2', clientId: 'ACME', output: 'ndjson' as const };

describe('scan --organization', () => {
  it('turns the flags into an organization auth mode whose management credentials are the usual ones', () => {
    const body = scanRequestFromFlags({
      ...base,
      organization: true,
      roleArn: 'arn:aws:iam::111111111111:role/OrgReader',
      externalId: 'mgmt-ext',
      memberRoleName: 'CloudDiagnozeScan',
      memberExternalId: 'member-ext',
      orgAccountIds: '222222222222, 333333333333',
      orgOuIds: 'ou-ab12-workload1',
      orgTags: 'env=prod,team=pay=ments',
    });
    expect(body.auth_mode).toEqual({
      type: 'organization',
      management: {
        type: 'sts',
        role_arn: 'arn:aws:iam::111111111111:role/OrgReader',
        external_id: 'mgmt-ext',
      },
      member_role_name: 'CloudDiagnozeScan',
      external_id: 'member-ext',
      account_ids: ['222222222222', '333333333333'],
      ou_ids: ['ou-ab12-workload1'],
      tags: { env: 'prod', team: 'pay=ments' },
    });
    // The API accepts exactly what the CLI builds.
    expect(parseScanRequest(new ScannerRegistry(), body).auth_mode).toMatchObject({
      type: 'organization',
      include_management: true,
    });
  });

  it('uses the default credential chain for the management account when none is named', () => {
    expect(scanRequestFromFlags({ ...base, organization: true }).auth_mode).toEqual({
      type: 'organization',
      management: { type: 'default' },
    });
  });

  it('refuses organization filters without --organization, and a tag without a value', () => {
    expect(() => scanRequestFromFlags({ ...base, orgOuIds: 'ou-ab12-workload1' })).toThrow(
      new UserError('--org-ou-ids needs --organization'),
    );
    expect(() => scanRequestFromFlags({ ...base, organization: true, orgTags: 'env' })).toThrow(
      /key=value/,
    );
  });
});
