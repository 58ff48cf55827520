import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../core/index.js';
import { decodePolicyDocument, parseStatements } from './document.js';
import {
  adminStatements,
  externalAccounts,
  grants,
  isAdminPolicy,
  isPublic,
  patternsOverlap,
} from './evaluate.js';

const policy = (...Statement: JsonValue[]) => parseStatements({ Version: '2012-10-17', Statement });

// The S3 User Guide's "Granting read-only permission to a public anonymous user" example.
const PUBLIC_READ = policy({
  Sid: 'PublicRead',
  Effect: 'Allow',
  Principal: '*',
  Action: ['s3:GetObject', 's3:GetObjectVersion'],
  Resource: ['arn:aws:s3:::DOC-EXAMPLE-BUCKET/*'],
});

describe('isPublic', () => {
  it('is true for the public-read website policy and for {"AWS": "*"}', () => {
    expect(isPublic(PUBLIC_READ)).toBe(true);
    expect(isPublic(PUBLIC_READ, { actions: ['s3:GetObject'] })).toBe(true);
    expect(isPublic(PUBLIC_READ, { actions: ['s3:Put*', 's3:Delete*'] })).toBe(false);
    const awsStar = policy({
      Effect: 'Allow',
      Principal: { AWS: ['*'] },
      Action: 's3:*',
      Resource: 'arn:aws:s3:::b/*',
    });
    expect(isPublic(awsStar, { actions: ['s3:PutObject'] })).toBe(true);
  });

  it('is false for the CloudTrail delivery policy pinned by aws:SourceArn / aws:SourceAccount', () => {
    // From the CloudTrail User Guide's "Amazon S3 bucket policy for CloudTrail".
    const cloudtrail = policy(
      {
        Sid: 'AWSCloudTrailAclCheck20150319',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:GetBucketAcl',
        Resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
        Condition: {
          StringEquals: {
            'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/myTrailName',
          },
        },
      },
      {
        Sid: 'AWSCloudTrailWrite20150319',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/AWSLogs/111122223333/*',
        Condition: {
          StringEquals: {
            's3:x-amz-acl': 'bucket-owner-full-control',
            'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/myTrailName',
          },
        },
      },
    );
    expect(isPublic(cloudtrail)).toBe(false);
    expect(grants(cloudtrail).map((g) => g.accounts)).toEqual([['111122223333'], ['111122223333']]);
  });

  it('is narrowed by fixed organization, VPC endpoint, VPC and account conditions', () => {
    const narrowed = (Condition: JsonValue) =>
      isPublic(
        policy({
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::b/*',
          Condition,
        }),
      );
    expect(narrowed({ StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } })).toBe(false);
    expect(
      narrowed({
        'ForAnyValue:StringLike': {
          'aws:PrincipalOrgPaths': ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*'],
        },
      }),
    ).toBe(false);
    expect(narrowed({ StringEquals: { 'AWS:SourceVpce': 'vpce-1a2b3c4d' } })).toBe(false);
    expect(narrowed({ StringEquals: { 'aws:SourceVpc': 'vpc-111bbb22' } })).toBe(false);
    expect(narrowed({ StringEquals: { 'aws:PrincipalAccount': '111122223333' } })).toBe(false);
    expect(narrowed({ StringEquals: { 's3:DataAccessPointAccount': '111122223333' } })).toBe(false);
    expect(
      narrowed({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/app-*' } }),
    ).toBe(false);
    // The IAM User Guide's IP example: 54.240.143.0/24 but not one address.
    expect(
      narrowed({
        IpAddress: { 'aws:SourceIp': '54.240.143.0/24' },
        NotIpAddress: { 'aws:SourceIp': '54.240.143.188/32' },
      }),
    ).toBe(false);
  });

  it('is not narrowed by unknown keys, wildcards, the whole internet or conditions that hold when absent', () => {
    const narrowed = (Condition: JsonValue) =>
      isPublic(
        policy({
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: '*',
          Condition,
        }),
      );
    expect(narrowed({ Bool: { 'aws:SecureTransport': 'true' } })).toBe(true);
    expect(narrowed({ StringEquals: { 's3:prefix': 'home/' } })).toBe(true);
    expect(narrowed({ StringLike: { 'aws:PrincipalOrgID': '*' } })).toBe(true);
    expect(narrowed({ StringLike: { 'aws:SourceAccount': '*' } })).toBe(true);
    expect(narrowed({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/app' } })).toBe(true);
    expect(narrowed({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '0.0.0.0/0'] } })).toBe(true);
    expect(narrowed({ IpAddress: { 'aws:SourceIp': '::/0' } })).toBe(true);
    expect(narrowed({ StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } })).toBe(true);
    expect(
      narrowed({ 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }),
    ).toBe(true);
    expect(narrowed({ StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } })).toBe(true);
    // A secret shared with a third party narrows nothing: whoever knows it is let in.
    expect(narrowed({ StringEquals: { 'sts:ExternalId': 'secret' } })).toBe(true);
  });

  it('treats NotPrincipal in an Allow as everyone', () => {
    const notPrincipal = policy({
      Effect: 'Allow',
      NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 's3:GetObject',
      Resource: '*',
    });
    expect(isPublic(notPrincipal)).toBe(true);
  });

  it('applies a Deny that takes the public grant back outside a VPC endpoint', () => {
    // The S3 User Guide's "Restricting access to a specific VPC endpoint" Deny, next to a public read.
    const vpceOnly = [
      ...PUBLIC_READ,
      ...policy({
        Sid: 'Access-to-specific-VPCE-only',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: ['arn:aws:s3:::DOC-EXAMPLE-BUCKET', 'arn:aws:s3:::DOC-EXAMPLE-BUCKET/*'],
        Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
      }),
    ];
    expect(isPublic(vpceOnly)).toBe(false);
    // A Deny of plain HTTP only does not: HTTPS callers are still anyone.
    const tlsOnly = [
      ...PUBLIC_READ,
      ...policy({
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: ['arn:aws:s3:::DOC-EXAMPLE-BUCKET', 'arn:aws:s3:::DOC-EXAMPLE-BUCKET/*'],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    ];
    expect(isPublic(tlsOnly)).toBe(true);
    // A Deny on the bucket alone leaves its objects readable.
    const bucketOnly = [
      ...PUBLIC_READ,
      ...policy({
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: 'arn:aws:s3:::DOC-EXAMPLE-BUCKET',
      }),
    ];
    expect(isPublic(bucketOnly)).toBe(true);
  });
});

describe('grants and externalAccounts', () => {
  // The S3 User Guide's cross-account example: account B may list and read objects.
  const crossAccount = policy(
    {
      Sid: 'CrossAccountRead',
      Effect: 'Allow',
      Principal: { AWS: ['arn:aws:iam::444455556666:root', '777788889999'] },
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*'],
    },
    {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:role/uploader' },
      Action: 's3:PutObject',
      Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
    },
    {
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
      Condition: { StringEquals: { 'aws:PrincipalAccount': ['222233334444'] } },
    },
  );

  it('names every account let in, whether by principal or by a condition on "*"', () => {
    expect(grants(crossAccount).map((g) => g.accounts)).toEqual([
      ['444455556666', '777788889999'],
      ['111122223333'],
      ['222233334444'],
    ]);
    expect(externalAccounts(grants(crossAccount), { self: '111122223333' })).toEqual([
      '222233334444',
      '444455556666',
      '777788889999',
    ]);
    expect(
      externalAccounts(grants(crossAccount), {
        self: '111122223333',
        trusted: ['444455556666', '222233334444'],
      }),
    ).toEqual(['777788889999']);
  });

  it('keeps only the statements concerning the asked actions', () => {
    expect(grants(crossAccount, { actions: ['s3:PutObject'] }).map((g) => g.index)).toEqual([1]);
    expect(grants(crossAccount, { actions: ['s3:Get*'] }).map((g) => g.actions)).toEqual([
      ['s3:GetObject'],
      ['s3:GetObject'],
    ]);
  });

  it('reports services and organizations apart from accounts', () => {
    const [org, service] = grants(
      policy(
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: '*',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
        },
        {
          Effect: 'Allow',
          Principal: { Service: 'logging.s3.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: '*',
          Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } },
        },
      ),
    );
    expect(org).toMatchObject({ public: false, accounts: [], organizations: ['o-a1b2c3d4e5'] });
    expect(service).toMatchObject({
      public: false,
      accounts: ['111122223333'],
      services: ['logging.s3.amazonaws.com'],
    });
  });
});

describe('administrative rights', () => {
  it('finds Action "*" on Resource "*" (AdministratorAccess) and "*:*"', () => {
    const administratorAccess = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    };
    expect(isAdminPolicy(administratorAccess)).toBe(true);
    expect(
      isAdminPolicy({ Statement: { Effect: 'Allow', Action: ['*:*'], Resource: ['*'] } }),
    ).toBe(true);
    expect(isAdminPolicy({ Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] })).toBe(
      false,
    );
    expect(
      isAdminPolicy({
        Statement: [{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/*' }],
      }),
    ).toBe(false);
  });

  it('reads NotAction forms: PowerUserAccess is not admin, a NotAction leaving IAM allowed is', () => {
    // AWS's PowerUserAccess (its first statement).
    const powerUser = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
      ],
    };
    expect(isAdminPolicy(powerUser)).toBe(false);
    expect(
      isAdminPolicy({
        Statement: [{ Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: '*' }],
      }),
    ).toBe(true);
    expect(
      isAdminPolicy({
        Statement: [{ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::secrets/*' }],
      }),
    ).toBe(true);
  });

  it('reads a principal’s policies together: a Deny of IAM on every resource takes admin back', () => {
    const statements = [
      ...parseStatements({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
      ...parseStatements({ Statement: [{ Effect: 'Deny', Action: 'iam:*', Resource: '*' }] }),
    ];
    expect(adminStatements(statements)).toEqual([]);
    const mfaOnlyDeny = [
      ...parseStatements({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
      ...parseStatements({
        Statement: [
          {
            Effect: 'Deny',
            Action: '*',
            Resource: '*',
            Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
          },
        ],
      }),
    ];
    expect(adminStatements(mfaOnlyDeny)).toHaveLength(1);
  });
});

describe('documents and patterns', () => {
  it('reads URL-encoded documents (IAM) and plain JSON (S3); null for what is not JSON', () => {
    const json = JSON.stringify({
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    });
    expect(decodePolicyDocument(encodeURIComponent(json))).toEqual(JSON.parse(json));
    expect(decodePolicyDocument(json)).toEqual(JSON.parse(json));
    expect(decodePolicyDocument('{"Sid":"100%"}')).toEqual({ Sid: '100%' });
    expect(decodePolicyDocument('not json')).toBeNull();
    expect(decodePolicyDocument(undefined)).toBeNull();
  });

  it('accepts one statement object, lower-cases condition keys, and reads anything but Allow as Deny', () => {
    const [s] = parseStatements({
      Statement: {
        Effect: 'allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:root', Service: ['ec2.amazonaws.com'] },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': '12345' } },
      },
    });
    expect(s).toMatchObject({
      effect: 'Deny',
      actions: ['sts:AssumeRole'],
      principal: {
        anyone: false,
        aws: ['arn:aws:iam::111122223333:root'],
        service: ['ec2.amazonaws.com'],
      },
      conditions: [{ operator: 'StringEquals', key: 'sts:externalid', values: ['12345'] }],
    });
  });

  it('matches action wildcards case-insensitively', () => {
    expect(patternsOverlap('s3:Get*', 's3:getobject')).toBe(true);
    expect(patternsOverlap('s3:Put*', 's3:GetObject')).toBe(false);
    expect(patternsOverlap('*', 'ec2:RunInstances')).toBe(true);
    expect(patternsOverlap('s3:Get*', 's3:GetObject*')).toBe(true);
    expect(patternsOverlap('s3:?etObject', 's3:GetObject')).toBe(true);
  });
});
