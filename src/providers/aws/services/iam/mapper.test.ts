import type { GetAccountAuthorizationDetailsCommandOutput } from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { isAwsManagedPolicyArn, mapAuthorizationDetails, nameFromArn } from './mapper.js';

const encoded = (document: object) => encodeURIComponent(JSON.stringify(document));
const ADMIN = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};

/** GetAccountAuthorizationDetails as moto 5 answers it: its Policies entries carry no PolicyName. */
const MOTO_PAGE: GetAccountAuthorizationDetailsCommandOutput = {
  $metadata: { httpStatusCode: 200 },
  UserDetailList: [
    {
      Path: '/',
      UserName: 'u1',
      UserId: 'yf1oo0bknpptrpfzdcvs',
      Arn: 'arn:aws:iam::123456789012:user/u1',
      CreateDate: new Date('2026-12-02T05:31:10.437Z'),
      UserPolicyList: [],
      GroupList: ['g'],
      AttachedManagedPolicies: [
        { PolicyName: 'god', PolicyArn: 'arn:aws:iam::123456789012:policy/god' },
      ],
      Tags: [{ Key: 'owner', Value: 'me' }],
    },
  ],
  GroupDetailList: [
    {
      Path: '/',
      GroupName: 'g',
      GroupId: 'zizgn7i7mrqz626tqgyu',
      Arn: 'arn:aws:iam::123456789012:group/g',
      CreateDate: new Date('2026-12-02T05:31:10.504Z'),
      GroupPolicyList: [],
      AttachedManagedPolicies: [],
    },
  ],
  RoleDetailList: [
    {
      Path: '/',
      RoleName: 'r',
      RoleId: 'AROARZPUZDIKBFTCINM3P',
      Arn: 'arn:aws:iam::123456789012:role/r',
      CreateDate: new Date('2026-12-02T05:31:15.339Z'),
      // moto answers the trust policy in plain JSON, AWS URL-encoded: both are read.
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::999988887777:root' },
            Action: 'sts:AssumeRole',
          },
        ],
      }),
      InstanceProfileList: [],
      RolePolicyList: [],
      AttachedManagedPolicies: [
        { PolicyName: 'god', PolicyArn: 'arn:aws:iam::123456789012:policy/god' },
      ],
      Tags: [],
      RoleLastUsed: {},
    },
  ],
  Policies: [
    {
      Arn: 'arn:aws:iam::123456789012:policy/god',
      Path: '/',
      DefaultVersionId: 'v1',
      AttachmentCount: 2,
      IsAttachable: true,
      Description: '',
      CreateDate: new Date('2026-12-02T05:31:10.471Z'),
      UpdateDate: new Date('2026-12-02T05:31:10.471Z'),
      PolicyVersionList: [
        {
          Document: encoded(ADMIN),
          VersionId: 'v1',
          IsDefaultVersion: true,
          CreateDate: new Date('2026-12-02T05:31:10.471Z'),
        },
      ],
    },
    {
      Arn: 'arn:aws:iam::123456789012:policy/teams/unused',
      Path: '/teams/',
      DefaultVersionId: 'v1',
      AttachmentCount: 0,
      PolicyVersionList: [],
    },
  ],
  IsTruncated: false,
};

describe('mapAuthorizationDetails', () => {
  it('keeps customer-managed policies an answer does not name, naming them from their ARN', () => {
    const details = mapAuthorizationDetails([MOTO_PAGE]);
    expect(details.policies.map((p) => [p.name, p.attachmentCount])).toEqual([
      ['god', 2],
      ['unused', 0],
    ]);
    expect(details.policies[0]?.document).toEqual(ADMIN);
    expect(details.awsManagedPolicies).toEqual([]);
  });

  it('reads tags of users and roles, and both encodings of a trust policy', () => {
    const details = mapAuthorizationDetails([MOTO_PAGE]);
    expect(details.users[0]?.tags).toEqual({ owner: 'me' });
    expect(details.roles[0]?.tags).toEqual({});
    expect(details.roles[0]?.trustPolicy).toMatchObject({
      Statement: [{ Principal: { AWS: 'arn:aws:iam::999988887777:root' } }],
    });
  });

  it('keeps AWS-managed policies apart, only those attached', () => {
    const details = mapAuthorizationDetails([
      {
        $metadata: {},
        Policies: [
          {
            PolicyName: 'AdministratorAccess',
            Arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
            AttachmentCount: 1,
            DefaultVersionId: 'v1',
            PolicyVersionList: [
              { VersionId: 'v1', IsDefaultVersion: true, Document: encoded(ADMIN) },
            ],
          },
          {
            PolicyName: 'ReadOnlyAccess',
            Arn: 'arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess',
            AttachmentCount: 0,
          },
        ],
      },
    ]);
    expect(details.awsManagedPolicies.map((p) => p.name)).toEqual(['AdministratorAccess']);
    expect(details.policies).toEqual([]);
  });
});

describe('policy ARNs', () => {
  it('names a policy from its ARN and tells AWS-managed ones apart', () => {
    expect(nameFromArn('arn:aws:iam::123456789012:policy/team/deploy')).toBe('deploy');
    expect(
      nameFromArn('arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy'),
    ).toBe('AWSSupportServiceRolePolicy');
    expect(isAwsManagedPolicyArn('arn:aws-cn:iam::aws:policy/AdministratorAccess')).toBe(true);
    expect(isAwsManagedPolicyArn('arn:aws:iam::123456789012:policy/god')).toBe(false);
  });
});
