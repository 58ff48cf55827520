/**
 * The aws-breadth scenarios of ACM, AWS Backup, CloudFront, DynamoDB, ECR, classic ELB, GuardDuty,
 * Inspector, KMS, Macie, OpenSearch, Secrets Manager, SNS, SQS and WAFv2, written as the ones in
 * aws-breadth.ts (which imports them into its registry): answers typed against the SDK's output
 * types, page sizes and batch sizes capped as AWS caps them. Page caps are the SDK typings' where
 * they state one (node_modules/@aws-sdk/client-<svc>/dist-types/models), else AWS's API reference.
 */
import type * as acm from '@aws-sdk/client-acm';
import { ACMClient } from '@aws-sdk/client-acm';
import type * as backup from '@aws-sdk/client-backup';
import { BackupClient } from '@aws-sdk/client-backup';
import type * as cf from '@aws-sdk/client-cloudfront';
import { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import type * as logs from '@aws-sdk/client-cloudwatch-logs';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type * as ddb from '@aws-sdk/client-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type * as ecr from '@aws-sdk/client-ecr';
import { ECRClient } from '@aws-sdk/client-ecr';
import type * as elb from '@aws-sdk/client-elastic-load-balancing';
import { ElasticLoadBalancingClient } from '@aws-sdk/client-elastic-load-balancing';
import type * as gd from '@aws-sdk/client-guardduty';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import type * as insp from '@aws-sdk/client-inspector2';
import { Inspector2Client } from '@aws-sdk/client-inspector2';
import type * as kms from '@aws-sdk/client-kms';
import { KMSClient } from '@aws-sdk/client-kms';
import type * as macie from '@aws-sdk/client-macie2';
import { Macie2Client } from '@aws-sdk/client-macie2';
import type * as os from '@aws-sdk/client-opensearch';
import { OpenSearchClient } from '@aws-sdk/client-opensearch';
import type * as tagging from '@aws-sdk/client-resource-groups-tagging-api';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import type * as sm from '@aws-sdk/client-secrets-manager';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type * as sns from '@aws-sdk/client-sns';
import { SNSClient } from '@aws-sdk/client-sns';
import type * as sqs from '@aws-sdk/client-sqs';
import { SQSClient } from '@aws-sdk/client-sqs';
import type * as waf from '@aws-sdk/client-wafv2';
import { WAFV2Client } from '@aws-sdk/client-wafv2';
import { acmScanner } from '../src/providers/aws/services/acm/scanner.js';
import { backupScanner } from '../src/providers/aws/services/backup/scanner.js';
import { cloudFrontScanner } from '../src/providers/aws/services/cloudfront/scanner.js';
import { dynamodbScanner } from '../src/providers/aws/services/dynamodb/scanner.js';
import { ecrScanner } from '../src/providers/aws/services/ecr/scanner.js';
import { elbScanner } from '../src/providers/aws/services/elb/scanner.js';
import { guardDutyScanner } from '../src/providers/aws/services/guardduty/scanner.js';
import { inspector2Scanner } from '../src/providers/aws/services/inspector2/scanner.js';
import { kmsScanner } from '../src/providers/aws/services/kms/scanner.js';
import { macie2Scanner } from '../src/providers/aws/services/macie2/scanner.js';
import { openSearchScanner } from '../src/providers/aws/services/opensearch/scanner.js';
import { secretsManagerScanner } from '../src/providers/aws/services/secretsmanager/scanner.js';
import { snsScanner } from '../src/providers/aws/services/sns/scanner.js';
import { sqsScanner } from '../src/providers/aws/services/sqs/scanner.js';
import { wafv2Scanner } from '../src/providers/aws/services/wafv2/scanner.js';
// A cycle on purpose: aws-breadth.ts runs the registry this module adds to. Nothing here touches
// its bindings before a scenario is made, so the order modules are evaluated in does not matter.
import {
  ACCOUNT,
  atMost,
  awsError,
  cloudwatch,
  CREATED,
  ELB_PAGES,
  fakeClient,
  pad,
  paged,
  REGION,
  share,
  total,
  type Input,
  type Paging,
  type Scenario,
} from './aws-breadth.js';

/**
 * The Resource Groups Tagging API's GetResources for one resource type: `count` tagged resources,
 * ResourcesPerPage 1–100 (API reference), PaginationToken in and out and, as AWS answers, an empty
 * PaginationToken on the last page. A filter other than `resourceType` is refused.
 */
function taggingClient(
  resourceType: string,
  count: number,
  arn: (i: number) => string,
  tags: tagging.Tag[],
): ResourceGroupsTaggingAPIClient {
  const PAGES: Paging = {
    token: 'PaginationToken',
    size: 'ResourcesPerPage',
    default: 100,
    max: 100,
  };
  const page = paged('ResourceTagMappingList', PAGES, count, (i): tagging.ResourceTagMapping => ({
    ResourceARN: arn(i),
    Tags: tags,
  }));
  return fakeClient('tag', ResourceGroupsTaggingAPIClient, {
    GetResources: (input): tagging.GetResourcesOutput => {
      const filters = atMost(input.ResourceTypeFilters, 100, 'resource type filters');
      if (filters.length !== 1 || filters[0] !== resourceType)
        throw awsError('InvalidParameterException', `ResourceTypeFilters ${filters.join(',')}`);
      const answer = page(input) as tagging.GetResourcesOutput;
      return { PaginationToken: '', ...answer };
    },
  });
}

/** NextToken in and out, MaxResults as the page size. */
const nextToken = (defaultSize: number, max: number): Paging => ({
  token: 'NextToken',
  size: 'MaxResults',
  default: defaultSize,
  max,
});

/**
 * Pages of `names` that start after the name the request's `token` holds (DynamoDB's
 * ExclusiveStartTableName, CloudFront's Marker: the last item of the page before), each carrying
 * its last name under `next` until the last page.
 */
function pagedAfter<T>(
  paging: Paging & { next: string },
  names: readonly string[],
  make: (i: number) => T,
): (input: Input) => { items: T[]; next?: string; size: number } {
  return (input) => {
    const size = Number(input[paging.size!] ?? paging.default);
    if (size > paging.max)
      throw awsError('ValidationException', `${paging.size!} ${size} above ${paging.max}`);
    const after = input[paging.token];
    const start = after === undefined ? 0 : names.indexOf(String(after)) + 1;
    const end = Math.min(names.length, start + size);
    return {
      items: Array.from({ length: end - start }, (_, k) => make(start + k)),
      ...(end < names.length ? { next: names[end - 1]! } : {}),
      size,
    };
  };
}

// ---------------------------------------------------------------- ACM: N certificates
function acmScenario(): Scenario {
  const count = total;
  const KEYS = ['RSA_2048', 'EC_prime256v1', 'RSA_4096'] as const;
  return {
    scanner: acmScanner,
    resources: count,
    counted: `${count} certificates`,
    perResourceBecause: {},
    clients: () => [
      fakeClient('acm', ACMClient, {
        // MaxItems 1–1000 (API reference); the collector asks 1000.
        ListCertificates: paged(
          'CertificateSummaryList',
          { token: 'NextToken', size: 'MaxItems', default: 1000, max: 1000 },
          count,
          (i): acm.CertificateSummary => ({
            CertificateArn: `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/${pad(i, 8)}-bench`,
            DomainName: `www${i}.example.com`,
            SubjectAlternativeNameSummaries: [`www${i}.example.com`, `api${i}.example.com`],
            HasAdditionalSubjectAlternativeNames: false,
            Status: i % 25 === 0 ? 'PENDING_VALIDATION' : 'ISSUED',
            Type: i % 10 === 0 ? 'IMPORTED' : 'AMAZON_ISSUED',
            KeyAlgorithm: KEYS[i % 3],
            KeyUsages: ['DIGITAL_SIGNATURE', 'KEY_ENCIPHERMENT'],
            ExtendedKeyUsages: ['TLS_WEB_SERVER_AUTHENTICATION'],
            InUse: i % 4 !== 0,
            RenewalEligibility: i % 10 === 0 ? 'INELIGIBLE' : 'ELIGIBLE',
            NotBefore: CREATED,
            NotAfter: new Date(Date.UTC(2026, 0, 1 + (i % 400))),
            CreatedAt: CREATED,
            ...(i % 25 === 0 ? {} : { IssuedAt: CREATED }),
          }),
        ),
      }),
    ],
  };
}

// ------------------------------ AWS Backup: N/20 plans (2 selections each), N/50 vaults, N protected
function backupScenario(): Scenario {
  const plans = share(1 / 20);
  const SELECTIONS = 2;
  const vaults = share(1 / 50);
  const protectedCount = total;
  // MaxResults 1–1000 on all four listings (API reference); the collector asks 1000.
  const PAGES = nextToken(1000, 1000);
  const planId = (p: number) => `plan-${pad(p)}`;
  const vaultName = (v: number) => `vault-${pad(v, 3)}`;
  const vaultArn = (v: number) =>
    `arn:aws:backup:${REGION}:${ACCOUNT}:backup-vault:${vaultName(v)}`;
  return {
    scanner: backupScanner,
    resources: plans + vaults + protectedCount,
    counted: `${plans} backup plans (${SELECTIONS} selections each) + ${vaults} vaults + ${protectedCount} protected resources`,
    perResourceBecause: {
      'backup:ListBackupSelections': 'takes one backup plan; no region-wide listing',
      'backup:GetBackupSelection':
        'takes one selection (the listing carries no resources or tag conditions); no batch form',
      'backup:GetBackupVaultAccessPolicy': 'takes one vault; no batch form',
    },
    clients: () => [
      fakeClient('backup', BackupClient, {
        ListBackupPlans: paged(
          'BackupPlansList',
          PAGES,
          plans,
          (p): backup.BackupPlansListMember => ({
            BackupPlanArn: `arn:aws:backup:${REGION}:${ACCOUNT}:backup-plan:${planId(p)}`,
            BackupPlanId: planId(p),
            BackupPlanName: `daily-${p}`,
            CreationDate: CREATED,
            VersionId: 'v1',
            ...(p % 5 === 0 ? {} : { LastExecutionDate: CREATED }),
          }),
        ),
        ListBackupSelections: paged(
          'BackupSelectionsList',
          PAGES,
          SELECTIONS,
          (s, input): backup.BackupSelectionsListMember => ({
            SelectionId: `${String(input.BackupPlanId)}-sel-${s}`,
            SelectionName: `sel-${s}`,
            BackupPlanId: String(input.BackupPlanId),
            CreationDate: CREATED,
            IamRoleArn: `arn:aws:iam::${ACCOUNT}:role/service-role/AWSBackupDefaultServiceRole`,
          }),
        ),
        GetBackupSelection: (input): backup.GetBackupSelectionOutput => ({
          BackupSelection: {
            SelectionName: `sel-${String(input.SelectionId).slice(-1)}`,
            IamRoleArn: `arn:aws:iam::${ACCOUNT}:role/service-role/AWSBackupDefaultServiceRole`,
            ...(String(input.SelectionId).endsWith('0')
              ? { Resources: [`arn:aws:rds:${REGION}:${ACCOUNT}:db:*`] }
              : {
                  ListOfTags: [
                    {
                      ConditionType: 'STRINGEQUALS',
                      ConditionKey: 'backup',
                      ConditionValue: 'daily',
                    },
                  ],
                }),
          },
          SelectionId: String(input.SelectionId),
          BackupPlanId: String(input.BackupPlanId),
          CreationDate: CREATED,
        }),
        ListBackupVaults: paged(
          'BackupVaultList',
          PAGES,
          vaults,
          (v): backup.BackupVaultListMember => ({
            BackupVaultName: vaultName(v),
            BackupVaultArn: vaultArn(v),
            VaultType: 'BACKUP_VAULT',
            CreationDate: CREATED,
            EncryptionKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k-backup`,
            NumberOfRecoveryPoints: 40 + v,
            Locked: v % 4 === 0,
            ...(v % 4 === 0 ? { MinRetentionDays: 7, MaxRetentionDays: 35 } : {}),
          }),
        ),
        GetBackupVaultAccessPolicy: (input): backup.GetBackupVaultAccessPolicyOutput => {
          const v = Number(String(input.BackupVaultName).slice(-3));
          // A vault without an access policy answers ResourceNotFoundException.
          if (v % 2 === 1) throw awsError('ResourceNotFoundException', 'no access policy');
          return {
            BackupVaultName: vaultName(v),
            BackupVaultArn: vaultArn(v),
            Policy: JSON.stringify({
              Version: '2012-10-17',
              Statement: [
                {
                  Sid: 'deny-delete',
                  Effect: 'Deny',
                  Principal: '*',
                  Action: 'backup:DeleteRecoveryPoint',
                  Resource: '*',
                },
              ],
            }),
          };
        },
        ListProtectedResources: paged(
          'Results',
          PAGES,
          protectedCount,
          (r): backup.ProtectedResource => ({
            ResourceArn: `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-${r.toString(16).padStart(17, '0')}`,
            ResourceType: 'EBS',
            ResourceName: `vol-${r}`,
            LastBackupTime: CREATED,
            LastBackupVaultArn: vaultArn(r % vaults),
          }),
        ),
      }),
    ],
  };
}

// ---------------------------------------------------------------- CloudFront: N/4 distributions
function cloudFrontScenario(): Scenario {
  const count = share(1 / 4);
  const ids = Array.from({ length: count }, (_, i) => `E${pad(i, 6)}BENCH`);
  const arnOf = (i: number) => `arn:aws:cloudfront::${ACCOUNT}:distribution/${ids[i]!}`;
  /** Standard logs v2 on every fourth distribution, one delivery source each. */
  const logged = ids.flatMap((_, i) => (i % 4 === 0 ? [i] : []));
  // MaxItems: CloudFront returns at most 100 distributions a page; NextMarker is the page's last Id.
  const listPage = pagedAfter(
    { token: 'Marker', next: 'NextMarker', size: 'MaxItems', default: 100, max: 100 },
    ids,
    (i): cf.DistributionSummary => ({
      Id: ids[i],
      ARN: arnOf(i),
      ETag: `ETAG${i}`,
      Status: 'Deployed',
      LastModifiedTime: CREATED,
      DomainName: `d${pad(i, 6)}.cloudfront.net`,
      Aliases: { Quantity: 1, Items: [`cdn${i}.example.com`] },
      Origins: {
        Quantity: 1,
        Items: [
          i % 2 === 0
            ? {
                Id: 's3',
                DomainName: `bucket-${i}.s3.${REGION}.amazonaws.com`,
                S3OriginConfig: { OriginAccessIdentity: '' },
                OriginAccessControlId: `OAC${i}`,
              }
            : {
                Id: 'alb',
                DomainName: `lb-${i}.${REGION}.elb.amazonaws.com`,
                CustomOriginConfig: {
                  HTTPPort: 80,
                  HTTPSPort: 443,
                  OriginProtocolPolicy: i % 3 === 0 ? 'http-only' : 'https-only',
                  OriginSslProtocols: { Quantity: 1, Items: ['TLSv1.2'] },
                },
              },
        ],
      },
      DefaultCacheBehavior: {
        TargetOriginId: i % 2 === 0 ? 's3' : 'alb',
        ViewerProtocolPolicy: i % 5 === 0 ? 'allow-all' : 'redirect-to-https',
      },
      CacheBehaviors: { Quantity: 0 },
      CustomErrorResponses: { Quantity: 0 },
      Comment: '',
      PriceClass: 'PriceClass_100',
      Enabled: true,
      ViewerCertificate: {
        ACMCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/c-${i}`,
        SSLSupportMethod: 'sni-only',
        MinimumProtocolVersion: i % 6 === 0 ? 'TLSv1' : 'TLSv1.2_2021',
      },
      Restrictions: { GeoRestriction: { RestrictionType: 'none', Quantity: 0 } },
      WebACLId: i % 3 === 0 ? '' : `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/cf/${i}`,
      HttpVersion: 'http2and3',
      IsIPV6Enabled: true,
      Staging: false,
    }),
  );
  return {
    scanner: cloudFrontScanner,
    resources: count,
    counted: `${count} distributions (${logged.length} with standard logs v2)`,
    perResourceBecause: {
      'cloudfront:GetDistributionConfig':
        'logging and the default root object are in the config only (not in the listing); takes one distribution',
    },
    clients: () => [
      fakeClient('cloudfront', CloudFrontClient, {
        ListDistributions: (input): cf.ListDistributionsResult => {
          const page = listPage(input);
          return {
            DistributionList: {
              Marker: (input.Marker as string | undefined) ?? '',
              ...(page.next ? { NextMarker: page.next } : {}),
              MaxItems: page.size,
              IsTruncated: page.next !== undefined,
              Quantity: page.items.length,
              Items: page.items,
            },
          };
        },
        GetDistributionConfig: (input): cf.GetDistributionConfigResult => {
          const i = ids.indexOf(String(input.Id));
          return {
            ETag: `ETAG${i}`,
            DistributionConfig: {
              CallerReference: `bench-${i}`,
              Comment: '',
              Enabled: true,
              Origins: { Quantity: 0, Items: [] },
              DefaultCacheBehavior: {
                TargetOriginId: i % 2 === 0 ? 's3' : 'alb',
                ViewerProtocolPolicy: 'redirect-to-https',
              },
              ...(i % 2 === 0 ? { DefaultRootObject: 'index.html' } : {}),
              Logging: {
                Enabled: i % 3 === 1,
                IncludeCookies: false,
                Bucket: i % 3 === 1 ? 'cf-logs.s3.amazonaws.com' : '',
                Prefix: '',
              },
            },
          };
        },
      }),
      fakeClient('logs', CloudWatchLogsClient, {
        // limit 1–50, default 50 (API reference); the collector sets none.
        DescribeDeliverySources: paged(
          'deliverySources',
          { token: 'nextToken', size: 'limit', default: 50, max: 50 },
          logged.length,
          (k): logs.DeliverySource => ({
            name: `cf-${ids[logged[k]!]!}`,
            arn: `arn:aws:logs:us-east-1:${ACCOUNT}:delivery-source:cf-${ids[logged[k]!]!}`,
            resourceArns: [arnOf(logged[k]!)],
            service: 'cloudfront',
            logType: 'ACCESS_LOGS',
          }),
        ),
      }),
      cloudwatch(),
    ],
  };
}

// ------------------------------------------------ DynamoDB: N/4 tables, 3 customer managed keys
function dynamoScenario(): Scenario {
  const count = share(1 / 4);
  const names = Array.from({ length: count }, (_, i) => `table-${pad(i)}`);
  const keyArn = (k: number) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/k-ddb-${k}`;
  const tableArn = (name: string) => `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${name}`;
  // Limit 1–100, 100 when not given (SDK typings); the next page starts after LastEvaluatedTableName.
  const listPage = pagedAfter(
    {
      token: 'ExclusiveStartTableName',
      next: 'LastEvaluatedTableName',
      size: 'Limit',
      default: 100,
      max: 100,
    },
    names,
    (i) => names[i]!,
  );
  const describe = (name: string): ddb.TableDescription => {
    const i = Number(name.slice(6));
    const provisioned = i % 3 === 0;
    return {
      TableName: name,
      TableArn: tableArn(name),
      TableId: `0000-${pad(i)}`,
      TableStatus: 'ACTIVE',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      CreationDateTime: CREATED,
      ProvisionedThroughput: {
        ReadCapacityUnits: provisioned ? 50 : 0,
        WriteCapacityUnits: provisioned ? 10 : 0,
        NumberOfDecreasesToday: 0,
      },
      ...(provisioned
        ? {}
        : {
            BillingModeSummary: {
              BillingMode: 'PAY_PER_REQUEST',
              LastUpdateToPayPerRequestDateTime: CREATED,
            },
          }),
      TableSizeBytes: 1_000_000 * (i % 7),
      ItemCount: 1000 * (i % 7),
      ...(i % 5 === 0
        ? {
            GlobalSecondaryIndexes: [
              {
                IndexName: 'by-date',
                IndexStatus: 'ACTIVE',
                KeySchema: [{ AttributeName: 'date', KeyType: 'HASH' }],
                Projection: { ProjectionType: 'ALL' },
                ProvisionedThroughput: {
                  ReadCapacityUnits: provisioned ? 5 : 0,
                  WriteCapacityUnits: provisioned ? 5 : 0,
                },
              },
            ],
          }
        : {}),
      ...(i % 4 === 0
        ? {
            SSEDescription: {
              Status: 'ENABLED',
              SSEType: 'KMS',
              KMSMasterKeyArn: keyArn(i % 3),
            },
          }
        : {}),
      DeletionProtectionEnabled: i % 2 === 0,
    };
  };
  return {
    scanner: dynamodbScanner,
    resources: count,
    counted: `${count} tables (a quarter on 3 customer managed keys)`,
    perResourceBecause: {
      'dynamodb:DescribeTable': 'takes one table (ListTables gives names only); no batch form',
      'dynamodb:DescribeContinuousBackups': 'takes one table; no batch form',
      'kms:DescribeKey': 'once per distinct key the tables name, not per table',
    },
    clients: () => [
      fakeClient('dynamodb', DynamoDBClient, {
        ListTables: (input): ddb.ListTablesOutput => {
          const page = listPage(input);
          return {
            TableNames: page.items,
            ...(page.next ? { LastEvaluatedTableName: page.next } : {}),
          };
        },
        DescribeTable: (input): ddb.DescribeTableOutput => ({
          Table: describe(String(input.TableName)),
        }),
        DescribeContinuousBackups: (input): ddb.DescribeContinuousBackupsOutput => {
          const on = Number(String(input.TableName).slice(6)) % 2 === 0;
          return {
            ContinuousBackupsDescription: {
              ContinuousBackupsStatus: 'ENABLED',
              PointInTimeRecoveryDescription: {
                PointInTimeRecoveryStatus: on ? 'ENABLED' : 'DISABLED',
                ...(on
                  ? { EarliestRestorableDateTime: CREATED, LatestRestorableDateTime: CREATED }
                  : {}),
              },
            },
          };
        },
      }),
      taggingClient('dynamodb:table', count, (i) => tableArn(names[i]!), [
        { Key: 'team', Value: 'a' },
        { Key: 'env', Value: 'prod' },
      ]),
      fakeClient('kms', KMSClient, {
        DescribeKey: (input): kms.DescribeKeyResponse => ({
          KeyMetadata: {
            KeyId: String(input.KeyId).split('/').pop(),
            Arn: String(input.KeyId),
            AWSAccountId: ACCOUNT,
            KeyManager: 'CUSTOMER',
            KeyState: 'Enabled',
          },
        }),
      }),
      cloudwatch(),
    ],
  };
}

// ---------------------------------------------------------------- ECR: N/4 repositories
function ecrScenario(): Scenario {
  const count = share(1 / 4);
  const index = (name: unknown) => Number(String(name).slice(5));
  return {
    scanner: ecrScanner,
    resources: count,
    counted: `${count} repositories (lifecycle policy on 2 in 3, repository policy on 1 in 4)`,
    perResourceBecause: {
      'ecr:GetLifecyclePolicy':
        'takes one repository (DescribeRepositories carries no lifecycle policy); no batch form',
      'ecr:GetRepositoryPolicy': 'takes one repository; no batch form',
      'ecr:BatchGetRepositoryScanningConfiguration':
        'a batch: 25 repositories a call (its maximum)',
    },
    clients: () => [
      fakeClient('ecr', ECRClient, {
        // maxResults 1–1000, 100 when not given (SDK typings); the collector asks 1000.
        DescribeRepositories: paged(
          'repositories',
          { token: 'nextToken', size: 'maxResults', default: 100, max: 1000 },
          count,
          (i): ecr.Repository => ({
            repositoryArn: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/repo-${pad(i)}`,
            registryId: ACCOUNT,
            repositoryName: `repo-${pad(i)}`,
            repositoryUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/repo-${pad(i)}`,
            createdAt: CREATED,
            imageTagMutability: i % 3 === 0 ? 'MUTABLE' : 'IMMUTABLE',
            imageScanningConfiguration: { scanOnPush: i % 2 === 0 },
            encryptionConfiguration:
              i % 5 === 0
                ? { encryptionType: 'KMS', kmsKey: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k-ecr` }
                : { encryptionType: 'AES256' },
          }),
        ),
        // repositoryNames: 1–25 a call (API reference).
        BatchGetRepositoryScanningConfiguration: (
          input,
        ): ecr.BatchGetRepositoryScanningConfigurationResponse => ({
          scanningConfigurations: atMost(input.repositoryNames, 25, 'repositories').map(
            (repositoryName) => ({
              repositoryArn: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/${repositoryName}`,
              repositoryName,
              scanOnPush: index(repositoryName) % 2 === 0,
              scanFrequency: index(repositoryName) % 2 === 0 ? 'SCAN_ON_PUSH' : 'MANUAL',
              appliedScanFilters: [],
            }),
          ),
          failures: [],
        }),
        GetLifecyclePolicy: (input): ecr.GetLifecyclePolicyResponse => {
          if (index(input.repositoryName) % 3 === 0)
            throw awsError('LifecyclePolicyNotFoundException', 'no lifecycle policy');
          return {
            registryId: ACCOUNT,
            repositoryName: String(input.repositoryName),
            lifecyclePolicyText: JSON.stringify({
              rules: [
                {
                  rulePriority: 1,
                  selection: {
                    tagStatus: 'untagged',
                    countType: 'imageCountMoreThan',
                    countNumber: 10,
                  },
                  action: { type: 'expire' },
                },
              ],
            }),
            lastEvaluatedAt: CREATED,
          };
        },
        GetRepositoryPolicy: (input): ecr.GetRepositoryPolicyResponse => {
          if (index(input.repositoryName) % 4 !== 0)
            throw awsError('RepositoryPolicyNotFoundException', 'no repository policy');
          return {
            registryId: ACCOUNT,
            repositoryName: String(input.repositoryName),
            policyText: JSON.stringify({
              Version: '2012-10-17',
              Statement: [
                {
                  Sid: 'pull',
                  Effect: 'Allow',
                  Principal: { AWS: 'arn:aws:iam::210987654321:root' },
                  Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
                },
              ],
            }),
          };
        },
      }),
      cloudwatch(),
    ],
  };
}

// ---------------------------------------------------------------- classic ELB: N/10 load balancers
function elbScenario(): Scenario {
  const count = share(1 / 10);
  const name = (i: number) => `clb-${pad(i)}`;
  return {
    scanner: elbScanner,
    resources: count,
    counted: `${count} Classic Load Balancers`,
    perResourceBecause: {
      'elb:DescribeLoadBalancerAttributes': 'takes one load balancer name; no batch form',
      'elb:DescribeLoadBalancerPolicies':
        "takes one load balancer name (without one it lists AWS's sample policies); no batch form",
      'elb:DescribeTags': 'a batch: 20 load balancer names a call (its maximum)',
    },
    clients: () => [
      fakeClient('elb', ElasticLoadBalancingClient, {
        // PageSize 1–400, default 400 (SDK typings).
        DescribeLoadBalancers: paged(
          'LoadBalancerDescriptions',
          ELB_PAGES,
          count,
          (i): elb.LoadBalancerDescription => ({
            LoadBalancerName: name(i),
            DNSName: `${name(i)}-1234567890.${REGION}.elb.amazonaws.com`,
            CanonicalHostedZoneName: `${name(i)}-1234567890.${REGION}.elb.amazonaws.com`,
            CanonicalHostedZoneNameID: 'Z32O12XQLNTSW2',
            ListenerDescriptions: [
              {
                Listener: {
                  Protocol: 'HTTPS',
                  LoadBalancerPort: 443,
                  InstanceProtocol: 'HTTP',
                  InstancePort: 80,
                  SSLCertificateId: `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/c-${i}`,
                },
                PolicyNames: [`ssl-${i}`],
              },
              {
                Listener: {
                  Protocol: 'HTTP',
                  LoadBalancerPort: 80,
                  InstanceProtocol: 'HTTP',
                  InstancePort: 80,
                },
                PolicyNames: [],
              },
            ],
            Policies: {
              AppCookieStickinessPolicies: [],
              LBCookieStickinessPolicies: [],
              OtherPolicies: [`ssl-${i}`],
            },
            BackendServerDescriptions: [],
            AvailabilityZones: ['eu-west-1a', 'eu-west-1b'],
            Subnets: ['subnet-0a', 'subnet-0b'],
            VPCId: 'vpc-0a1b2c3d',
            Instances: i % 10 === 0 ? [] : [{ InstanceId: `i-${pad(i, 17)}` }],
            HealthCheck: {
              Target: 'HTTP:80/health',
              Interval: 30,
              Timeout: 5,
              UnhealthyThreshold: 2,
              HealthyThreshold: 10,
            },
            SourceSecurityGroup: { OwnerAlias: ACCOUNT, GroupName: 'clb' },
            SecurityGroups: ['sg-0a'],
            CreatedTime: CREATED,
            Scheme: i % 4 === 0 ? 'internal' : 'internet-facing',
          }),
        ),
        DescribeLoadBalancerAttributes: (input): elb.DescribeLoadBalancerAttributesOutput => {
          const i = Number(String(input.LoadBalancerName).slice(4));
          return {
            LoadBalancerAttributes: {
              CrossZoneLoadBalancing: { Enabled: i % 2 === 0 },
              AccessLog: {
                Enabled: i % 3 === 0,
                ...(i % 3 === 0 ? { S3BucketName: 'elb-logs', EmitInterval: 60 } : {}),
              },
              ConnectionDraining: { Enabled: true, Timeout: 300 },
              ConnectionSettings: { IdleTimeout: 60 },
              AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: 'defensive' }],
            },
          };
        },
        DescribeLoadBalancerPolicies: (input): elb.DescribeLoadBalancerPoliciesOutput => {
          const i = Number(String(input.LoadBalancerName).slice(4));
          return {
            PolicyDescriptions: [
              {
                PolicyName: `ssl-${i}`,
                PolicyTypeName: 'SSLNegotiationPolicyType',
                PolicyAttributeDescriptions: [
                  {
                    AttributeName: 'Reference-Security-Policy',
                    AttributeValue:
                      i % 5 === 0
                        ? 'ELBSecurityPolicy-2016-08'
                        : 'ELBSecurityPolicy-TLS-1-2-2017-01',
                  },
                  { AttributeName: 'Protocol-TLSv1.2', AttributeValue: 'true' },
                  { AttributeName: 'Protocol-TLSv1', AttributeValue: String(i % 5 === 0) },
                ],
              },
            ],
          };
        },
        // LoadBalancerNames: at most 20 a call (API reference).
        DescribeTags: (input): elb.DescribeTagsOutput => ({
          TagDescriptions: atMost(input.LoadBalancerNames, 20, 'load balancer names').map(
            (LoadBalancerName) => ({ LoadBalancerName, Tags: [{ Key: 'team', Value: 'a' }] }),
          ),
        }),
      }),
      cloudwatch(),
    ],
  };
}

// ---------------------------------------------------------------- GuardDuty: the region's detector
function guardDutyScenario(): Scenario {
  const DETECTOR = '12abc34d567e8fa901bc2d34e56789f0';
  return {
    scanner: guardDutyScanner,
    resources: 1,
    counted: '1 detector (at most one per region; findings counted, never listed)',
    perResourceBecause: {},
    clients: () => [
      fakeClient('guardduty', GuardDutyClient, {
        // MaxResults 1–50, default 50 (SDK typings).
        ListDetectors: paged('DetectorIds', nextToken(50, 50), 1, () => DETECTOR),
        GetDetector: (): gd.GetDetectorResponse => ({
          CreatedAt: CREATED.toISOString(),
          FindingPublishingFrequency: 'SIX_HOURS',
          ServiceRole: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`,
          Status: 'ENABLED',
          UpdatedAt: CREATED.toISOString(),
          Features: [
            { Name: 'CLOUD_TRAIL', Status: 'ENABLED', UpdatedAt: CREATED },
            { Name: 'S3_DATA_EVENTS', Status: 'ENABLED', UpdatedAt: CREATED },
            { Name: 'EKS_AUDIT_LOGS', Status: 'DISABLED', UpdatedAt: CREATED },
          ],
          Tags: {},
        }),
        GetFindingsStatistics: (): gd.GetFindingsStatisticsResponse => ({
          FindingStatistics: { CountBySeverity: { '2.0': 40, '5.0': 12, '8.0': 3 } },
        }),
      }),
    ],
  };
}

// ------------------------------------------ Inspector: the region's account, N covered resources
function inspector2Scenario(): Scenario {
  return {
    scanner: inspector2Scanner,
    resources: 1,
    counted: `1 account (${total} covered resources, counted, never listed)`,
    perResourceBecause: {},
    clients: () => [
      fakeClient('inspector2', Inspector2Client, {
        // accountIds: at most 10 a call (API reference); the collector sends its own.
        BatchGetAccountStatus: (input): insp.BatchGetAccountStatusResponse => ({
          accounts: atMost<string>(input.accountIds, 10, 'account ids').map((accountId) => ({
            accountId,
            state: { status: 'ENABLED', errorCode: 'ALREADY_ENABLED', errorMessage: '' },
            resourceState: {
              ec2: { status: 'ENABLED', errorCode: 'ALREADY_ENABLED', errorMessage: '' },
              ecr: { status: 'ENABLED', errorCode: 'ALREADY_ENABLED', errorMessage: '' },
              lambda: { status: 'ENABLED', errorCode: 'ALREADY_ENABLED', errorMessage: '' },
              lambdaCode: { status: 'DISABLED', errorCode: 'ALREADY_ENABLED', errorMessage: '' },
            },
          })),
          failedAccounts: [],
        }),
        // maxResults 1–100 (API reference); one ACCOUNT aggregation fits a page.
        ListFindingAggregations: paged(
          'responses',
          { token: 'nextToken', size: 'maxResults', default: 100, max: 100 },
          1,
          (): insp.AggregationResponse => ({
            accountAggregation: {
              accountId: ACCOUNT,
              severityCounts: { all: 120, critical: 2, high: 18, medium: 60 },
            },
          }),
          (): Partial<insp.ListFindingAggregationsResponse> => ({ aggregationType: 'ACCOUNT' }),
        ),
        // No page size; ungrouped, every page carries the total.
        ListCoverageStatistics: (): insp.ListCoverageStatisticsResponse => ({
          countsByGroup: [],
          totalCounts: total,
        }),
      }),
    ],
  };
}

// ---------------------------------------------------------------- KMS: N/4 keys, 1 in 5 AWS managed
function kmsScenario(): Scenario {
  const count = share(1 / 4);
  const keyId = (i: number) => `${pad(i, 8)}-1234-5678-9abc-def012345678`;
  const keyArn = (i: number) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${keyId(i)}`;
  const awsManaged = (i: number) => i % 5 === 0;
  const index = (id: unknown) => Number(/key\/(\d{8})-/.exec(String(id))![1]);
  const managed = Array.from({ length: count }, (_, i) => i).filter(awsManaged).length;
  return {
    scanner: kmsScanner,
    resources: count,
    counted: `${count} keys (${managed} AWS managed, 1 in 10 customer keys asymmetric), one alias each`,
    perResourceBecause: {
      'kms:DescribeKey': 'takes one key (keys an alias/aws/… marks are skipped); no batch form',
      'kms:GetKeyPolicy': 'takes one key (customer managed keys only); no batch form',
      'kms:GetKeyRotationStatus':
        'takes one key (customer managed symmetric keys only); no batch form',
    },
    clients: () => [
      fakeClient('kms', KMSClient, {
        // Limit 1–1000, default 100 (SDK typings); the collector asks 1000.
        ListKeys: paged(
          'Keys',
          { token: 'Marker', next: 'NextMarker', size: 'Limit', default: 100, max: 1000 },
          count,
          (i): kms.KeyListEntry => ({ KeyId: keyId(i), KeyArn: keyArn(i) }),
          (_, more): Partial<kms.ListKeysResponse> => ({ Truncated: more }),
        ),
        // Limit 1–100, default 50 (SDK typings); the collector asks 100.
        ListAliases: paged(
          'Aliases',
          { token: 'Marker', next: 'NextMarker', size: 'Limit', default: 50, max: 100 },
          count,
          (i): kms.AliasListEntry => ({
            AliasName: awsManaged(i) ? `alias/aws/svc${i}` : `alias/app-${i}`,
            AliasArn: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/${awsManaged(i) ? `aws/svc${i}` : `app-${i}`}`,
            TargetKeyId: keyId(i),
            CreationDate: CREATED,
            LastUpdatedDate: CREATED,
          }),
          (_, more): Partial<kms.ListAliasesResponse> => ({ Truncated: more }),
        ),
        DescribeKey: (input): kms.DescribeKeyResponse => {
          const i = index(input.KeyId);
          const asymmetric = i % 10 === 1;
          return {
            KeyMetadata: {
              AWSAccountId: ACCOUNT,
              KeyId: keyId(i),
              Arn: keyArn(i),
              CreationDate: CREATED,
              Enabled: i % 7 !== 3,
              Description: `key ${i}`,
              KeyUsage: asymmetric ? 'SIGN_VERIFY' : 'ENCRYPT_DECRYPT',
              KeyState: i % 7 === 3 ? 'Disabled' : 'Enabled',
              Origin: 'AWS_KMS',
              KeyManager: awsManaged(i) ? 'AWS' : 'CUSTOMER',
              CustomerMasterKeySpec: asymmetric ? 'RSA_2048' : 'SYMMETRIC_DEFAULT',
              KeySpec: asymmetric ? 'RSA_2048' : 'SYMMETRIC_DEFAULT',
              ...(asymmetric
                ? { SigningAlgorithms: ['RSASSA_PSS_SHA_256'] }
                : { EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] }),
              MultiRegion: i % 20 === 2,
            },
          };
        },
        GetKeyPolicy: (): kms.GetKeyPolicyResponse => ({
          PolicyName: 'default',
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'Enable IAM User Permissions',
                Effect: 'Allow',
                Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
                Action: 'kms:*',
                Resource: '*',
              },
            ],
          }),
        }),
        GetKeyRotationStatus: (input): kms.GetKeyRotationStatusResponse => {
          const i = index(input.KeyId);
          return {
            KeyId: keyArn(i),
            KeyRotationEnabled: i % 3 !== 0,
            ...(i % 3 !== 0 ? { RotationPeriodInDays: 365, NextRotationDate: CREATED } : {}),
          };
        },
      }),
    ],
  };
}

// ---------------------------------------------------------------- Macie: the region's session, N/100 jobs
function macieScenario(): Scenario {
  const jobs = share(1 / 100);
  return {
    scanner: macie2Scanner,
    resources: 1 + jobs,
    counted: `1 Macie session + ${jobs} classification jobs (findings counted, never listed)`,
    perResourceBecause: {},
    clients: () => [
      fakeClient('macie2', Macie2Client, {
        GetMacieSession: (): macie.GetMacieSessionResponse => ({
          createdAt: CREATED,
          findingPublishingFrequency: 'FIFTEEN_MINUTES',
          serviceRole: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/macie.amazonaws.com/AWSServiceRoleForAmazonMacie`,
          status: 'ENABLED',
          updatedAt: CREATED,
        }),
        GetFindingStatistics: (): macie.GetFindingStatisticsResponse => ({
          countsByGroup: [
            { groupKey: 'Low', count: 30 },
            { groupKey: 'Medium', count: 8 },
            { groupKey: 'High', count: 1 },
          ],
        }),
        // Macie documents no range for maxResults: 50 a page here, its default elsewhere (SDK typings).
        ListClassificationJobs: paged(
          'items',
          { token: 'nextToken', size: 'maxResults', default: 50, max: 50 },
          jobs,
          (j): macie.JobSummary => ({
            jobId: `job${pad(j, 6)}`,
            name: `discovery-${j}`,
            jobStatus: j % 3 === 0 ? 'COMPLETE' : 'RUNNING',
            jobType: j % 2 === 0 ? 'SCHEDULED' : 'ONE_TIME',
            createdAt: CREATED,
            lastRunErrorStatus: { code: j % 5 === 0 ? 'ERROR' : 'NONE' },
            bucketDefinitions: [{ accountId: ACCOUNT, buckets: [`bucket-${j}`] }],
          }),
        ),
        GetAutomatedDiscoveryConfiguration:
          (): macie.GetAutomatedDiscoveryConfigurationResponse => ({
            autoEnableOrganizationMembers: 'NONE',
            classificationScopeId: 'scope0000000000000000000000000001',
            firstEnabledAt: CREATED,
            lastUpdatedAt: CREATED,
            sensitivityInspectionTemplateId: 'template000000000000000000000001',
            status: 'ENABLED',
          }),
      }),
    ],
  };
}

// ---------------------------------------------------------------- OpenSearch: N/20 domains
function openSearchScenario(): Scenario {
  const count = share(1 / 20);
  const name = (i: number) => `search-${pad(i)}`;
  const status = (domainName: string): os.DomainStatus => {
    const i = Number(domainName.slice(7));
    const vpc = i % 2 === 0;
    return {
      DomainId: `${ACCOUNT}/${domainName}`,
      DomainName: domainName,
      ARN: `arn:aws:es:${REGION}:${ACCOUNT}:domain/${domainName}`,
      Created: true,
      Deleted: false,
      ...(vpc
        ? { Endpoints: { vpc: `vpc-${domainName}-abc.${REGION}.es.amazonaws.com` } }
        : { Endpoint: `search-${domainName}-abc.${REGION}.es.amazonaws.com` }),
      Processing: false,
      UpgradeProcessing: false,
      EngineVersion: i % 3 === 0 ? 'Elasticsearch_7.10' : 'OpenSearch_2.13',
      ClusterConfig: {
        InstanceType: 'r6g.large.search',
        InstanceCount: 3,
        DedicatedMasterEnabled: i % 4 === 0,
        ...(i % 4 === 0
          ? { DedicatedMasterType: 'm6g.large.search', DedicatedMasterCount: 3 }
          : {}),
        ZoneAwarenessEnabled: true,
        ZoneAwarenessConfig: { AvailabilityZoneCount: 3 },
        WarmEnabled: false,
        MultiAZWithStandbyEnabled: false,
      },
      EBSOptions: { EBSEnabled: true, VolumeType: 'gp3', VolumeSize: 100 },
      AccessPolicies: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: i % 5 === 0 ? { AWS: '*' } : { AWS: `arn:aws:iam::${ACCOUNT}:root` },
            Action: 'es:*',
            Resource: `arn:aws:es:${REGION}:${ACCOUNT}:domain/${domainName}/*`,
          },
        ],
      }),
      ...(vpc
        ? {
            VPCOptions: {
              VPCId: 'vpc-0a1b2c3d',
              SubnetIds: ['subnet-0a', 'subnet-0b', 'subnet-0c'],
              AvailabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'],
              SecurityGroupIds: ['sg-0a'],
            },
          }
        : {}),
      EncryptionAtRestOptions: {
        Enabled: i % 3 !== 0,
        ...(i % 3 !== 0 ? { KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k-os` } : {}),
      },
      NodeToNodeEncryptionOptions: { Enabled: i % 3 !== 0 },
      LogPublishingOptions:
        i % 2 === 0
          ? {
              AUDIT_LOGS: {
                Enabled: true,
                CloudWatchLogsLogGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/os/${domainName}`,
              },
            }
          : {},
      ServiceSoftwareOptions: {
        CurrentVersion: 'OpenSearch_2_13_R20240520',
        NewVersion: '',
        UpdateAvailable: i % 6 === 0,
        Cancellable: false,
        UpdateStatus: 'COMPLETED',
        Description: '',
        AutomatedUpdateDate: CREATED,
        OptionalDeployment: true,
      },
      DomainEndpointOptions: {
        EnforceHTTPS: i % 5 !== 0,
        TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07',
      },
      AdvancedSecurityOptions: {
        Enabled: i % 2 === 0,
        InternalUserDatabaseEnabled: false,
        AnonymousAuthEnabled: false,
      },
    };
  };
  return {
    scanner: openSearchScanner,
    resources: count,
    counted: `${count} domains`,
    perResourceBecause: {
      'opensearch:DescribeDomains': 'a batch: 5 domain names a call (its maximum)',
    },
    clients: () => [
      fakeClient('opensearch', OpenSearchClient, {
        // Not paged: every domain of the region in one answer.
        ListDomainNames: (): os.ListDomainNamesResponse => ({
          DomainNames: Array.from({ length: count }, (_, i) => ({
            DomainName: name(i),
            EngineType: i % 3 === 0 ? 'Elasticsearch' : 'OpenSearch',
          })),
        }),
        // DomainNames: at most 5 a call (API reference).
        DescribeDomains: (input): os.DescribeDomainsResponse => ({
          DomainStatusList: atMost(input.DomainNames, 5, 'domain names').map(status),
        }),
      }),
      cloudwatch(),
    ],
  };
}

// ---------------------------------------------------------------- Secrets Manager: N secrets
function secretsManagerScenario(): Scenario {
  const count = total;
  return {
    scanner: secretsManagerScanner,
    resources: count,
    counted: `${count} secrets`,
    perResourceBecause: {},
    clients: () => [
      fakeClient('secretsmanager', SecretsManagerClient, {
        // MaxResults 1–100 (API reference); the collector asks 100.
        ListSecrets: paged('SecretList', nextToken(100, 100), count, (i): sm.SecretListEntry => {
          const rotated = i % 3 !== 0;
          return {
            ARN: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:app/s${pad(i)}-AbCdEf`,
            Name: `app/s${pad(i)}`,
            ...(i % 4 === 0 ? { KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k-sm` } : {}),
            RotationEnabled: rotated,
            ...(rotated
              ? {
                  RotationLambdaARN: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:rotate`,
                  RotationRules: { AutomaticallyAfterDays: 30 },
                  LastRotatedDate: CREATED,
                  NextRotationDate: new Date('2025-01-31T00:00:00Z'),
                }
              : {}),
            LastChangedDate: CREATED,
            ...(i % 5 === 0 ? {} : { LastAccessedDate: CREATED }),
            Tags: [{ Key: 'team', Value: 'a' }],
            SecretVersionsToStages: { 'v-1': ['AWSCURRENT'] },
            CreatedDate: CREATED,
            ...(i % 10 === 0 ? { OwningService: 'rds' } : {}),
          };
        }),
      }),
    ],
  };
}

// ------------------------------------------ SNS: N/4 topics, 2 subscriptions each (1 in 10 pending)
function snsScenario(): Scenario {
  const count = share(1 / 4);
  const SUBSCRIPTIONS = 2;
  const topicArn = (i: number) => `arn:aws:sns:${REGION}:${ACCOUNT}:topic-${pad(i)}`;
  // ListTopics and ListSubscriptions: 100 a page, no page size in the request (SDK typings).
  const PAGES: Paging = { token: 'NextToken', default: 100, max: 100 };
  const subscriptions = count * SUBSCRIPTIONS;
  const pending = (k: number) => k % 10 === 9;
  return {
    scanner: snsScanner,
    resources: count + subscriptions,
    counted: `${count} topics + ${subscriptions} subscriptions (1 in 10 pending confirmation)`,
    perResourceBecause: {
      'sns:GetTopicAttributes': 'takes one topic; no batch form',
      'sns:GetSubscriptionAttributes':
        'takes one confirmed subscription (the redrive policy is not in the listing); no batch form',
    },
    clients: () => [
      fakeClient('sns', SNSClient, {
        ListTopics: paged('Topics', PAGES, count, (i): sns.Topic => ({ TopicArn: topicArn(i) })),
        GetTopicAttributes: (input): sns.GetTopicAttributesResponse => {
          const i = Number(String(input.TopicArn).slice(-4));
          return {
            Attributes: {
              TopicArn: topicArn(i),
              Owner: ACCOUNT,
              DisplayName: `topic ${i}`,
              SubscriptionsConfirmed: String(SUBSCRIPTIONS),
              SubscriptionsPending: '0',
              SubscriptionsDeleted: '0',
              EffectiveDeliveryPolicy: '{"http":{"defaultHealthyRetryPolicy":{"numRetries":3}}}',
              Policy: JSON.stringify({
                Version: '2008-10-17',
                Statement: [
                  {
                    Sid: 'owner',
                    Effect: 'Allow',
                    Principal: i % 8 === 0 ? '*' : { AWS: `arn:aws:iam::${ACCOUNT}:root` },
                    Action: ['SNS:Publish', 'SNS:Subscribe'],
                    Resource: topicArn(i),
                  },
                ],
              }),
              ...(i % 3 === 0 ? { KmsMasterKeyId: 'alias/aws/sns' } : {}),
            },
          };
        },
        ListSubscriptions: paged('Subscriptions', PAGES, subscriptions, (k): sns.Subscription => {
          const topic = topicArn(Math.floor(k / SUBSCRIPTIONS));
          return {
            SubscriptionArn: pending(k) ? 'PendingConfirmation' : `${topic}:sub-${pad(k, 6)}`,
            Owner: ACCOUNT,
            Protocol: k % 2 === 0 ? 'sqs' : 'https',
            Endpoint:
              k % 2 === 0
                ? `arn:aws:sqs:${REGION}:${ACCOUNT}:q-${k}`
                : `https://hooks.example.com/${k}`,
            TopicArn: topic,
          };
        }),
        GetSubscriptionAttributes: (input): sns.GetSubscriptionAttributesResponse => {
          const k = Number(String(input.SubscriptionArn).slice(-6));
          return {
            Attributes: {
              SubscriptionArn: String(input.SubscriptionArn),
              Protocol: k % 2 === 0 ? 'sqs' : 'https',
              PendingConfirmation: 'false',
              ConfirmationWasAuthenticated: 'true',
              ...(k % 4 === 0
                ? {
                    RedrivePolicy: JSON.stringify({
                      deadLetterTargetArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:dlq`,
                    }),
                  }
                : {}),
            },
          };
        },
      }),
      taggingClient('sns', count, topicArn, [{ Key: 'team', Value: 'a' }]),
      cloudwatch(),
    ],
  };
}

// ---------------------------------------------------------------- SQS: N/2 queues
function sqsScenario(): Scenario {
  const count = share(1 / 2);
  const url = (i: number) => `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/q-${pad(i)}`;
  return {
    scanner: sqsScanner,
    resources: count,
    counted: `${count} queues`,
    perResourceBecause: {
      'sqs:GetQueueAttributes': 'takes one queue URL; no batch form',
    },
    clients: () => [
      fakeClient('sqs', SQSClient, {
        // MaxResults 1–1000 (SDK typings); NextToken only when MaxResults is set, as the collector does.
        ListQueues: (input): sqs.ListQueuesResult => {
          if (input.MaxResults === undefined)
            return { QueueUrls: Array.from({ length: Math.min(count, 1000) }, (_, i) => url(i)) };
          return paged(
            'QueueUrls',
            nextToken(1000, 1000),
            count,
            url,
          )(input) as sqs.ListQueuesResult;
        },
        GetQueueAttributes: (input): sqs.GetQueueAttributesResult => {
          const i = Number(String(input.QueueUrl).slice(-4));
          return {
            Attributes: {
              QueueArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:q-${pad(i)}`,
              ApproximateNumberOfMessages: String(i % 11),
              ApproximateNumberOfMessagesNotVisible: '0',
              ApproximateNumberOfMessagesDelayed: '0',
              CreatedTimestamp: String(CREATED.getTime() / 1000),
              LastModifiedTimestamp: String(CREATED.getTime() / 1000),
              VisibilityTimeout: '30',
              MaximumMessageSize: '262144',
              MessageRetentionPeriod: '345600',
              DelaySeconds: '0',
              ReceiveMessageWaitTimeSeconds: '0',
              ...(i % 4 === 0
                ? { KmsMasterKeyId: 'alias/aws/sqs', KmsDataKeyReusePeriodSeconds: '300' }
                : { SqsManagedSseEnabled: String(i % 4 !== 1) }),
              ...(i % 3 === 0
                ? {
                    RedrivePolicy: JSON.stringify({
                      deadLetterTargetArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:dlq`,
                      maxReceiveCount: 5,
                    }),
                  }
                : {}),
              ...(i % 6 === 0
                ? {
                    Policy: JSON.stringify({
                      Version: '2012-10-17',
                      Statement: [
                        {
                          Effect: 'Allow',
                          Principal: { Service: 'sns.amazonaws.com' },
                          Action: 'sqs:SendMessage',
                          Resource: `arn:aws:sqs:${REGION}:${ACCOUNT}:q-${pad(i)}`,
                        },
                      ],
                    }),
                  }
                : {}),
            },
          };
        },
      }),
      taggingClient('sqs', count, (i) => `arn:aws:sqs:${REGION}:${ACCOUNT}:q-${pad(i)}`, [
        { Key: 'team', Value: 'a' },
      ]),
      cloudwatch(),
    ],
  };
}

// ---------------------------------------------------------------- WAFv2: N/20 regional web ACLs
function wafv2Scenario(): Scenario {
  const count = share(1 / 20);
  const aclArn = (i: number) =>
    `arn:aws:wafv2:${REGION}:${ACCOUNT}:regional/webacl/acl-${pad(i)}/${pad(i, 8)}-0000-0000-0000-000000000000`;
  const aclIndex = (value: unknown) => Number(/acl-(\d{4})/.exec(String(value))![1]);
  // Limit 1–100 (API reference); NextMarker in and out. The collector asks 100.
  const PAGES: Paging = { token: 'NextMarker', size: 'Limit', default: 100, max: 100 };
  const logged = Array.from({ length: count }, (_, i) => i).filter((i) => i % 2 === 0);
  const rule = (name: string, priority: number, managed: boolean): waf.Rule => ({
    Name: name,
    Priority: priority,
    Statement: managed
      ? { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } }
      : { RateBasedStatement: { Limit: 2000, AggregateKeyType: 'IP' } },
    ...(managed ? { OverrideAction: { None: {} } } : { Action: { Block: {} } }),
    VisibilityConfig: {
      SampledRequestsEnabled: true,
      CloudWatchMetricsEnabled: true,
      MetricName: name,
    },
  });
  return {
    scanner: wafv2Scanner,
    resources: count,
    counted: `${count} regional web ACLs (the CLOUDFRONT scope is read in us-east-1 only)`,
    perResourceBecause: {
      'wafv2:GetWebACL': 'takes one web ACL (the listing carries no rules); no batch form',
      'wafv2:ListResourcesForWebACL':
        'takes one web ACL and one resource type: 6 regional types, 6 calls an ACL; no batch form',
    },
    clients: () => [
      fakeClient('wafv2', WAFV2Client, {
        ListWebACLs: paged('WebACLs', PAGES, count, (i): waf.WebACLSummary => ({
          Name: `acl-${pad(i)}`,
          Id: `${pad(i, 8)}-0000-0000-0000-000000000000`,
          Description: '',
          LockToken: `lock-${i}`,
          ARN: aclArn(i),
        })),
        ListLoggingConfigurations: paged(
          'LoggingConfigurations',
          PAGES,
          logged.length,
          (k): waf.LoggingConfiguration => ({
            ResourceArn: aclArn(logged[k]!),
            LogDestinationConfigs: [
              `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:aws-waf-logs-${logged[k]!}`,
            ],
          }),
        ),
        GetWebACL: (input): waf.GetWebACLResponse => {
          const i = aclIndex(input.Name);
          return {
            WebACL: {
              Name: `acl-${pad(i)}`,
              Id: String(input.Id),
              ARN: aclArn(i),
              DefaultAction: i % 4 === 0 ? { Block: {} } : { Allow: {} },
              Description: '',
              Rules: [rule('common', 0, true), rule('rate', 1, false)],
              VisibilityConfig: {
                SampledRequestsEnabled: true,
                CloudWatchMetricsEnabled: i % 5 !== 0,
                MetricName: `acl-${i}`,
              },
              Capacity: 702,
              ManagedByFirewallManager: false,
              LabelNamespace: `awswaf:${ACCOUNT}:webacl:acl-${pad(i)}:`,
            },
            LockToken: `lock-${i}`,
          };
        },
        ListResourcesForWebACL: (input): waf.ListResourcesForWebACLResponse => {
          const i = aclIndex(input.WebACLArn);
          return {
            ResourceArns:
              input.ResourceType === 'APPLICATION_LOAD_BALANCER' && i % 3 !== 0
                ? [
                    `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/lb-${i}/${pad(i, 16)}`,
                  ]
                : [],
          };
        },
      }),
    ],
  };
}

export const SERVICE_SCENARIOS: readonly (() => Scenario)[] = [
  acmScenario,
  backupScenario,
  cloudFrontScenario,
  dynamoScenario,
  ecrScenario,
  elbScenario,
  guardDutyScenario,
  inspector2Scenario,
  kmsScenario,
  macieScenario,
  openSearchScenario,
  secretsManagerScenario,
  snsScenario,
  sqsScenario,
  wafv2Scenario,
];
