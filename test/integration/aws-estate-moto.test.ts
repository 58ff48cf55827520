/**
 * ECR, CloudFront, Secrets Manager, ACM, GuardDuty and KMS over the wire against moto 5.2.1, with
 * the real SDK: each collector's snapshot, its events and its checks. One scenario per service,
 * a sloppy resource beside its clean twin; where moto bends from AWS the test says so and asserts
 * what the product reports for it.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import {
  ACMClient,
  ImportCertificateCommand,
  RequestCertificateCommand,
} from '@aws-sdk/client-acm';
import {
  CloudFrontClient,
  CreateDistributionCommand,
  CreateOriginAccessControlCommand,
  GetDistributionCommand,
  type Distribution,
  type DistributionConfig,
} from '@aws-sdk/client-cloudfront';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import {
  CreateRepositoryCommand,
  ECRClient,
  PutLifecyclePolicyCommand,
  PutRegistryScanningConfigurationCommand,
  SetRepositoryPolicyCommand,
} from '@aws-sdk/client-ecr';
import { CreateDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import {
  CreateAliasCommand,
  CreateKeyCommand,
  EnableKeyRotationCommand,
  KMSClient,
  PutKeyPolicyCommand,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import {
  CreateSecretCommand,
  GetSecretValueCommand,
  RotateSecretCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { CreateWebACLCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACM_CHECKS } from '../../src/checks/aws/acm/index.js';
import { CLOUDFRONT_CHECKS } from '../../src/checks/aws/cloudfront/index.js';
import { ECR_CHECKS } from '../../src/checks/aws/ecr/index.js';
import { GUARDDUTY_CHECKS } from '../../src/checks/aws/guardduty/index.js';
import { KMS_CHECKS } from '../../src/checks/aws/kms/index.js';
import { SECRETSMANAGER_CHECKS } from '../../src/checks/aws/secretsmanager/index.js';
import { collectAcmSnapshot } from '../../src/providers/aws/services/acm/collector.js';
import { extractAcmEvents } from '../../src/providers/aws/services/acm/extract.js';
import { ACM_METRIC as C } from '../../src/providers/aws/services/acm/metrics.js';
import type { AcmRegionSnapshot } from '../../src/providers/aws/services/acm/model.js';
import { collectCloudFrontSnapshot } from '../../src/providers/aws/services/cloudfront/collector.js';
import { extractCloudFrontEvents } from '../../src/providers/aws/services/cloudfront/extract.js';
import { CLOUDFRONT_METRIC as F } from '../../src/providers/aws/services/cloudfront/metrics.js';
import type { CloudFrontSnapshot } from '../../src/providers/aws/services/cloudfront/model.js';
import { collectEcrSnapshot } from '../../src/providers/aws/services/ecr/collector.js';
import { extractEcrEvents } from '../../src/providers/aws/services/ecr/extract.js';
import { ECR_METRIC as E } from '../../src/providers/aws/services/ecr/metrics.js';
import type { EcrRegionSnapshot } from '../../src/providers/aws/services/ecr/model.js';
import { collectGuardDutySnapshot } from '../../src/providers/aws/services/guardduty/collector.js';
import { extractGuardDutyEvents } from '../../src/providers/aws/services/guardduty/extract.js';
import { GUARDDUTY_METRIC as G } from '../../src/providers/aws/services/guardduty/metrics.js';
import type { GuardDutyRegionSnapshot } from '../../src/providers/aws/services/guardduty/model.js';
import { collectKmsSnapshot } from '../../src/providers/aws/services/kms/collector.js';
import { extractKmsEvents } from '../../src/providers/aws/services/kms/extract.js';
import { KMS_METRIC as K } from '../../src/providers/aws/services/kms/metrics.js';
import type { KmsRegionSnapshot } from '../../src/providers/aws/services/kms/model.js';
import { collectSecretsManagerSnapshot } from '../../src/providers/aws/services/secretsmanager/collector.js';
import { extractSecretsManagerEvents } from '../../src/providers/aws/services/secretsmanager/extract.js';
import { SECRETSMANAGER_METRIC as S } from '../../src/providers/aws/services/secretsmanager/metrics.js';
import type { SecretsManagerRegionSnapshot } from '../../src/providers/aws/services/secretsmanager/model.js';
import { valueOf } from '../../src/providers/aws/testing/unit-context.js';
import { motoSuiteSkip } from '../support/moto.js';
import {
  checkStatuses,
  MOTO_ACCOUNT as ACCOUNT,
  motoUnit,
  useMotoServer,
} from '../support/moto-suite.js';

const skipReason = motoSuiteSkip(
  'AWS estate (ECR, CloudFront, Secrets Manager, ACM, GuardDuty, KMS)',
);

const REGION = 'eu-west-1';
/** CloudFront is global: its API, its metrics and its log deliveries answer in us-east-1. */
const GLOBAL = 'us-east-1';
const DAY_MS = 86_400_000;

/** One DER element: tag, definite length, content. */
function der(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const n = body.length;
  const length =
    n < 0x80
      ? Buffer.from([n])
      : n < 0x100
        ? Buffer.from([0x81, n])
        : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, body]);
}

/** `YYMMDDHHMMSSZ`, X.509's UTCTime. */
const utcTime = (d: Date) =>
  der(0x17, Buffer.from(`${d.toISOString().slice(2, 19).replace(/[-T:]/g, '')}Z`, 'ascii'));

/**
 * A self-signed X.509 v3 certificate for `cn` valid from yesterday for `days` days, signed
 * sha256WithRSAEncryption with the key it certifies: the smallest certificate ACM's
 * ImportCertificate takes, built with node:crypto alone.
 */
function selfSigned(cn: string, days: number, bits: number): { pem: string; key: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  const sha256WithRsa = der(
    0x30,
    der(0x06, Buffer.from([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b])),
    Buffer.from([0x05, 0x00]),
  );
  const name = der(
    0x30,
    der(0x31, der(0x30, der(0x06, Buffer.from([0x55, 0x04, 0x03])), der(0x0c, Buffer.from(cn)))),
  );
  const now = Date.now();
  const tbs = der(
    0x30,
    der(0xa0, der(0x02, Buffer.from([0x02]))),
    der(0x02, Buffer.from([0x01, ...Buffer.from(cn).subarray(0, 8)])),
    sha256WithRsa,
    name,
    der(0x30, utcTime(new Date(now - DAY_MS)), utcTime(new Date(now + days * DAY_MS))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
  );
  const signature = sign('sha256', tbs, privateKey);
  const cert = der(0x30, tbs, sha256WithRsa, der(0x03, Buffer.from([0x00]), signature));
  const base64 = cert.toString('base64').replace(/.{1,64}/g, '$&\n');
  return {
    pem: `-----BEGIN CERTIFICATE-----\n${base64}-----END CERTIFICATE-----\n`,
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

describe.skipIf(skipReason !== null)(
  'ECR, CloudFront, Secrets Manager, ACM, GuardDuty and KMS against moto (real SDK)',
  () => {
    useMotoServer(REGION);

    describe('ECR', () => {
      let snapshot: EcrRegionSnapshot;
      const arn = (name: string) => `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/${name}`;

      beforeAll(async () => {
        const ecr = new ECRClient({ region: REGION });
        await ecr.send(
          new CreateRepositoryCommand({
            repositoryName: 'clean',
            imageTagMutability: 'IMMUTABLE',
            imageScanningConfiguration: { scanOnPush: true },
          }),
        );
        await ecr.send(new CreateRepositoryCommand({ repositoryName: 'sloppy' }));
        // A registry rule scanning ci-* on push: the repository's own setting stays off.
        await ecr.send(
          new PutRegistryScanningConfigurationCommand({
            scanType: 'BASIC',
            rules: [
              {
                scanFrequency: 'SCAN_ON_PUSH',
                repositoryFilters: [{ filter: 'ci-*', filterType: 'WILDCARD' }],
              },
            ],
          }),
        );
        await ecr.send(new CreateRepositoryCommand({ repositoryName: 'ci-builds' }));
        await ecr.send(
          new PutLifecyclePolicyCommand({
            repositoryName: 'clean',
            lifecyclePolicyText: JSON.stringify({
              rules: [
                {
                  rulePriority: 1,
                  description: 'expire untagged images after 14 days',
                  selection: {
                    tagStatus: 'untagged',
                    countType: 'sinceImagePushed',
                    countUnit: 'days',
                    countNumber: 14,
                  },
                  action: { type: 'expire' },
                },
              ],
            }),
          }),
        );
        const policy = (sid: string, principal: unknown) =>
          JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: sid,
                Effect: 'Allow',
                Principal: principal,
                Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
              },
            ],
          });
        await ecr.send(
          new SetRepositoryPolicyCommand({
            repositoryName: 'clean',
            policyText: policy('deploy-account', { AWS: 'arn:aws:iam::111122223333:root' }),
          }),
        );
        await ecr.send(
          new SetRepositoryPolicyCommand({
            repositoryName: 'sloppy',
            policyText: policy('anyone-pulls', '*'),
          }),
        );
        snapshot = await collectEcrSnapshot(
          motoUnit(
            REGION,
            new ECRClient({ region: REGION }),
            new CloudWatchClient({ region: REGION }),
          ),
        );
      }, 60_000);

      it('collects the repositories with scanning, lifecycle and repository policies over the wire', () => {
        const events = [...extractEcrEvents(snapshot)];

        expect(snapshot.repositories.map((r) => r.name).sort()).toEqual([
          'ci-builds',
          'clean',
          'sloppy',
        ]);
        expect(valueOf(events, arn('clean'), E.imageTagMutability)).toBe('IMMUTABLE');
        expect(valueOf(events, arn('sloppy'), E.imageTagMutability)).toBe('MUTABLE');
        expect(valueOf(events, arn('clean'), E.scanOnPush)).toBe(true);
        expect(valueOf(events, arn('sloppy'), E.scanOnPush)).toBe(false);
        // moto 5.2.1 answers BatchGetRepositoryScanningConfiguration MANUAL for a repository whose
        // own scanOnPush is on (AWS answers SCAN_ON_PUSH); the repository setting from
        // DescribeRepositories still makes it scanned. A registry rule is answered as AWS does.
        expect(valueOf(events, arn('clean'), E.scanFrequency)).toBe('MANUAL');
        expect(valueOf(events, arn('ci-builds'), E.scanFrequency)).toBe('SCAN_ON_PUSH');
        expect(valueOf(events, arn('ci-builds'), E.scanOnPush)).toBe(true);
        expect(valueOf(events, arn('clean'), E.lifecyclePolicy)).toBe(true);
        expect(valueOf(events, arn('clean'), E.lifecycleRuleCount)).toBe(1);
        expect(valueOf(events, arn('sloppy'), E.lifecyclePolicy)).toBe(false);
        expect(valueOf(events, arn('clean'), E.policyPublic)).toBe(false);
        expect(valueOf(events, arn('clean'), E.policyExternalAccounts)).toEqual(['111122223333']);
        expect(valueOf(events, arn('sloppy'), E.policyPublic)).toBe(true);
        expect(valueOf(events, arn('sloppy'), E.policyPublicStatements)).toEqual(['anyone-pulls']);
        expect(valueOf(events, arn('ci-builds'), E.policyPublic)).toBe(false);
        expect(valueOf(events, arn('clean'), E.encryptionType)).toBe('AES256');
        expect(valueOf(events, arn('clean'), E.pullsSum)).toBe(0);
        expect(events.some((e) => e.metric_type === E.readError)).toBe(false);
      });

      it('fails the sloppy repository and passes its clean twin', () => {
        expect(
          checkStatuses(ECR_CHECKS, snapshot, { region: REGION, now: new Date() }),
        ).toMatchObject({
          ecr_repositories_scan_images_on_push_enabled: {
            [arn('clean')]: 'PASS',
            [arn('ci-builds')]: 'PASS',
            [arn('sloppy')]: 'FAIL',
          },
          ecr_repositories_tag_immutability: { [arn('clean')]: 'PASS', [arn('sloppy')]: 'FAIL' },
          ecr_repositories_lifecycle_policy_enabled: {
            [arn('clean')]: 'PASS',
            [arn('sloppy')]: 'FAIL',
          },
          ecr_repositories_not_publicly_accessible: {
            [arn('clean')]: 'PASS',
            [arn('ci-builds')]: 'PASS',
            [arn('sloppy')]: 'FAIL',
          },
        });
      });
    });

    describe('CloudFront', () => {
      let snapshot: CloudFrontSnapshot;
      let clean: Distribution | undefined;
      let sloppy: Distribution | undefined;
      let webAcl = '';

      beforeAll(async () => {
        const cloudfront = new CloudFrontClient({ region: GLOBAL });
        webAcl = (
          await new WAFV2Client({ region: GLOBAL }).send(
            new CreateWebACLCommand({
              Name: 'edge-acl',
              Scope: 'CLOUDFRONT',
              DefaultAction: { Allow: {} },
              VisibilityConfig: {
                SampledRequestsEnabled: false,
                CloudWatchMetricsEnabled: false,
                MetricName: 'edge-acl',
              },
            }),
          )
        ).Summary!.ARN!;
        const oac = (
          await cloudfront.send(
            new CreateOriginAccessControlCommand({
              OriginAccessControlConfig: {
                Name: 'assets',
                SigningProtocol: 'sigv4',
                SigningBehavior: 'always',
                OriginAccessControlOriginType: 's3',
              },
            }),
          )
        ).OriginAccessControl!.Id!;
        const behavior = (policy: 'allow-all' | 'redirect-to-https') => ({
          TargetOriginId: 'origin',
          ViewerProtocolPolicy: policy,
          ForwardedValues: { QueryString: false, Cookies: { Forward: 'none' as const } },
          MinTTL: 0,
        });
        const create = async (config: DistributionConfig) =>
          (await cloudfront.send(new CreateDistributionCommand({ DistributionConfig: config })))
            .Distribution!;
        clean = await create({
          CallerReference: 'clean',
          Comment: 'clean',
          Enabled: true,
          Aliases: { Quantity: 1, Items: ['cdn.example.com'] },
          Origins: {
            Quantity: 1,
            Items: [
              {
                Id: 'origin',
                DomainName: 'acme-assets.s3.eu-west-1.amazonaws.com',
                S3OriginConfig: { OriginAccessIdentity: '' },
                OriginAccessControlId: oac,
              },
            ],
          },
          DefaultCacheBehavior: behavior('redirect-to-https'),
          Logging: {
            Enabled: true,
            IncludeCookies: false,
            Bucket: 'acme-cf-logs.s3.amazonaws.com',
            Prefix: 'cdn/',
          },
          ViewerCertificate: {
            ACMCertificateArn: `arn:aws:acm:${GLOBAL}:${ACCOUNT}:certificate/11111111-2222-3333-4444-555555555555`,
            SSLSupportMethod: 'sni-only',
            MinimumProtocolVersion: 'TLSv1.2_2025',
          },
          WebACLId: webAcl,
        });
        sloppy = await create({
          CallerReference: 'sloppy',
          Comment: 'sloppy',
          Enabled: true,
          Origins: {
            Quantity: 1,
            Items: [
              {
                Id: 'origin',
                DomainName: 'legacy.example.com',
                CustomOriginConfig: {
                  HTTPPort: 80,
                  HTTPSPort: 443,
                  OriginProtocolPolicy: 'http-only',
                },
              },
            ],
          },
          DefaultCacheBehavior: behavior('allow-all'),
          ViewerCertificate: { CloudFrontDefaultCertificate: true },
        });
        snapshot = await collectCloudFrontSnapshot(
          motoUnit(
            GLOBAL,
            new CloudFrontClient({ region: GLOBAL }),
            new CloudWatchClient({ region: GLOBAL }),
            new CloudWatchLogsClient({ region: GLOBAL }),
          ),
        );
      }, 60_000);

      it('keeps each distribution’s config as created (GetDistribution)', async () => {
        const config = (
          await new CloudFrontClient({ region: GLOBAL }).send(
            new GetDistributionCommand({ Id: clean!.Id }),
          )
        ).Distribution?.DistributionConfig;
        expect(config).toMatchObject({
          Enabled: true,
          Aliases: { Items: ['cdn.example.com'] },
          DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https' },
          ViewerCertificate: { MinimumProtocolVersion: 'TLSv1.2_2025' },
          WebACLId: webAcl,
        });
      });

      it('collects the distributions with their logging over the wire', () => {
        const events = [...extractCloudFrontEvents(snapshot)];
        const [c, s] = [clean!.ARN!, sloppy!.ARN!];

        expect(snapshot.distributions.map((d) => d.arn).sort()).toEqual([c, s].sort());
        expect(valueOf(events, c, F.domainName)).toBe(clean!.DomainName);
        // GetDistributionConfig is answered as AWS would: standard logging to a bucket or none.
        expect(valueOf(events, c, F.loggingEnabled)).toBe(true);
        expect(valueOf(events, s, F.loggingEnabled)).toBe(false);
        expect(snapshot.logDeliverySources).toEqual({ state: 'available', value: [] });
        expect(valueOf(events, c, F.requestsSum)).toBe(0);
        // moto 5.2.1 answers ListDistributions with whole Distribution objects (the settings nested
        // under DistributionConfig) where AWS sends flat DistributionSummary items: the SDK finds
        // no Enabled, Aliases, Origins, DefaultCacheBehavior, ViewerCertificate or WebACLId in the
        // listing, and the product reads every distribution as disabled, without origins, plain
        // HTTP on the default certificate and without WAF. The mock scanner tests cover the rest.
        for (const arn of [c, s]) {
          expect(valueOf(events, arn, F.enabled)).toBe(false);
          expect(valueOf(events, arn, F.aliases)).toEqual([]);
          expect(valueOf(events, arn, F.origins)).toEqual([]);
          expect(valueOf(events, arn, F.viewerProtocolPolicies)).toEqual({ '*': 'allow-all' });
          expect(valueOf(events, arn, F.defaultCertificate)).toBe(true);
          expect(valueOf(events, arn, F.webAclId)).toBeUndefined();
        }
      });

      it('fails the distribution without logging and passes its clean twin', () => {
        const [c, s] = [clean!.ARN!, sloppy!.ARN!];
        const statuses = checkStatuses(CLOUDFRONT_CHECKS, snapshot, {
          region: GLOBAL,
          now: new Date(),
        });
        expect(statuses).toMatchObject({
          cloudfront_distributions_logging_enabled: { [c]: 'PASS', [s]: 'FAIL' },
          // Read from moto's listing (see above): both distributions look sloppy.
          cloudfront_distributions_https_enabled: { [c]: 'FAIL', [s]: 'FAIL' },
          cloudfront_distributions_tls_policy_secure: { [c]: 'FAIL', [s]: 'FAIL' },
          cloudfront_distributions_waf_enabled: { [c]: 'FAIL', [s]: 'FAIL' },
        });
        // No origin reaches the product through moto's listing: the origin checks judge nothing.
        expect(statuses).not.toHaveProperty('cloudfront_distributions_s3_origin_access_control');
        expect(statuses).not.toHaveProperty('cloudfront_distributions_origin_traffic_encrypted');
      });
    });

    describe('Secrets Manager', () => {
      let snapshot: SecretsManagerRegionSnapshot;
      const arns: Record<string, string> = {};

      beforeAll(async () => {
        const sm = new SecretsManagerClient({ region: REGION });
        for (const [name, tags] of [
          ['clean', [{ Key: 'team', Value: 'payments' }]],
          ['sloppy', undefined],
        ] as const)
          arns[name] = (
            await sm.send(
              new CreateSecretCommand({
                Name: name,
                SecretString: 'moto-secret-value',
                ...(tags ? { Tags: [...tags] } : {}),
              }),
            )
          ).ARN!;
        await sm.send(new GetSecretValueCommand({ SecretId: 'clean' }));
        // AWS needs a rotation function; moto rotates without one (it would run a given function
        // in Docker), applying AWSCURRENT to a new version and stamping LastRotatedDate.
        await sm.send(
          new RotateSecretCommand({
            SecretId: 'clean',
            RotationRules: { AutomaticallyAfterDays: 30 },
          }),
        );
        snapshot = await collectSecretsManagerSnapshot(
          motoUnit(REGION, new SecretsManagerClient({ region: REGION })),
        );
      }, 60_000);

      const extract = (now: Date) => [
        ...extractSecretsManagerEvents(snapshot, {
          accountId: ACCOUNT,
          region: REGION,
          clock: { now: () => now },
        }),
      ];

      it('collects every secret with its rotation, tags and key from ListSecrets alone', () => {
        const events = extract(new Date());

        expect(snapshot.secrets.map((s) => s.name).sort()).toEqual(['clean', 'sloppy']);
        expect(
          valueOf(
            events,
            `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:region/${REGION}`,
            S.secretCount,
          ),
        ).toBe(2);
        expect(valueOf(events, arns.clean!, S.tags)).toEqual({ team: 'payments' });
        expect(valueOf(events, arns.sloppy!, S.tags)).toEqual({});
        expect(valueOf(events, arns.clean!, S.awsManagedKey)).toBe(true);
        expect(valueOf(events, arns.clean!, S.rotationEnabled)).toBe(true);
        expect(valueOf(events, arns.clean!, S.rotationIntervalDays)).toBe(30);
        expect(valueOf(events, arns.clean!, S.lastRotatedAt)).toEqual(expect.any(String));
        expect(valueOf(events, arns.clean!, S.daysSinceRotation)).toBe(0);
        expect(valueOf(events, arns.sloppy!, S.rotationEnabled)).toBe(false);
        expect(valueOf(events, arns.sloppy!, S.lastRotatedAt)).toBeUndefined();
        // moto 5.2.1 answers LastAccessedDate null for every secret, even after GetSecretValue:
        // each secret's last use is its creation, as for a secret AWS never saw retrieved.
        expect(valueOf(events, arns.clean!, S.lastAccessedAt)).toBeUndefined();
        expect(valueOf(events, arns.clean!, S.daysSinceAccess)).toBe(0);
        expect(valueOf(events, arns.clean!, S.unusedSecret)).toBe(false);
        expect(JSON.stringify(events)).not.toContain('moto-secret-value');
      });

      it('fails the secret without rotation and passes its clean twin', () => {
        expect(
          checkStatuses(SECRETSMANAGER_CHECKS, snapshot, { region: REGION, now: new Date() }),
        ).toMatchObject({
          secretsmanager_automatic_rotation_enabled: {
            [arns.clean!]: 'PASS',
            [arns.sloppy!]: 'FAIL',
          },
          secretsmanager_secret_rotated_periodically: {
            [arns.clean!]: 'PASS',
            [arns.sloppy!]: 'PASS',
          },
          secretsmanager_secret_unused: { [arns.clean!]: 'PASS', [arns.sloppy!]: 'PASS' },
        });
      });

      it('judged 100 days on: both unused, for moto never records a retrieval', () => {
        const later = new Date(Date.now() + 100 * DAY_MS);
        expect(valueOf(extract(later), arns.clean!, S.unusedSecret)).toBe(true);
        expect(
          checkStatuses(SECRETSMANAGER_CHECKS, snapshot, { region: REGION, now: later }),
        ).toMatchObject({
          // The clean twin was retrieved; AWS would say so (LastAccessedDate), moto does not.
          secretsmanager_secret_unused: { [arns.clean!]: 'FAIL', [arns.sloppy!]: 'FAIL' },
          secretsmanager_secret_rotated_periodically: {
            [arns.clean!]: 'FAIL',
            [arns.sloppy!]: 'FAIL',
          },
        });
      });
    });

    describe('ACM', () => {
      let snapshot: AcmRegionSnapshot;
      const arns: Record<string, string> = {};

      beforeAll(async () => {
        const acm = new ACMClient({ region: REGION });
        // Imported: a 1024-bit key expiring in 10 days, and its clean twin (2048 bits, 400 days).
        for (const [cn, days, bits] of [
          ['expiring.example.com', 10, 1024],
          ['fresh.example.com', 400, 2048],
        ] as const) {
          const { pem, key } = selfSigned(cn, days, bits);
          arns[cn] = (
            await acm.send(
              new ImportCertificateCommand({
                Certificate: Buffer.from(pem),
                PrivateKey: Buffer.from(key),
              }),
            )
          ).CertificateArn!;
        }
        // Requested: moto keeps it PENDING_VALIDATION for its first 60 seconds, as AWS does
        // until the DNS record is found.
        arns['pending.example.com'] = (
          await acm.send(
            new RequestCertificateCommand({
              DomainName: 'pending.example.com',
              ValidationMethod: 'DNS',
            }),
          )
        ).CertificateArn!;
        snapshot = await collectAcmSnapshot(motoUnit(REGION, new ACMClient({ region: REGION })));
      }, 60_000);

      it('collects every certificate, imported and requested, with expiry and key over the wire', () => {
        const events = [
          ...extractAcmEvents(snapshot, {
            accountId: ACCOUNT,
            region: REGION,
            clock: { now: () => new Date() },
          }),
        ];
        const [expiring, fresh, pending] = [
          arns['expiring.example.com']!,
          arns['fresh.example.com']!,
          arns['pending.example.com']!,
        ];

        expect(
          valueOf(events, `arn:aws:acm:${REGION}:${ACCOUNT}:region/${REGION}`, C.certificateCount),
        ).toBe(3);
        expect(valueOf(events, expiring, C.domainName)).toBe('expiring.example.com');
        expect(valueOf(events, expiring, C.type)).toBe('IMPORTED');
        expect(valueOf(events, expiring, C.status)).toBe('ISSUED');
        expect(valueOf(events, expiring, C.daysToExpiry)).toBeGreaterThanOrEqual(9);
        expect(valueOf(events, expiring, C.daysToExpiry)).toBeLessThanOrEqual(10);
        expect(valueOf(events, fresh, C.daysToExpiry)).toBeGreaterThanOrEqual(399);
        // moto 5.2.1 spells the key as the SDK's enum does (RSA_1024); AWS answers RSA-1024.
        expect(valueOf(events, expiring, C.keyAlgorithm)).toBe('RSA_1024');
        expect(valueOf(events, fresh, C.keyAlgorithm)).toBe('RSA_2048');
        expect(valueOf(events, fresh, C.unusedCertificate)).toBe(true);
        expect(valueOf(events, pending, C.type)).toBe('AMAZON_ISSUED');
        expect(valueOf(events, pending, C.status)).toBe('PENDING_VALIDATION');
        expect(valueOf(events, pending, C.unusedCertificate)).toBeUndefined();
      });

      it('fails the expiring weak certificate and the pending request, passes the clean twin', () => {
        const [expiring, fresh, pending] = [
          arns['expiring.example.com']!,
          arns['fresh.example.com']!,
          arns['pending.example.com']!,
        ];
        const statuses = checkStatuses(ACM_CHECKS, snapshot, { region: REGION, now: new Date() });
        expect(statuses).toMatchObject({
          acm_certificates_expiration_check: { [expiring]: 'FAIL', [fresh]: 'PASS' },
          acm_certificates_with_secure_key_algorithms: { [expiring]: 'FAIL', [fresh]: 'PASS' },
          acm_certificate_request_issued: { [fresh]: 'PASS', [pending]: 'FAIL' },
        });
        // A pending request has no validity to judge yet.
        expect(statuses.acm_certificates_expiration_check).not.toHaveProperty(pending);
      });
    });

    describe('GuardDuty', () => {
      /** eu-west-1 watched with S3 Protection, eu-west-2 suspended, eu-central-1 never enabled. */
      const REGIONS = [REGION, 'eu-west-2', 'eu-central-1'] as const;
      const snapshots: Record<string, GuardDutyRegionSnapshot> = {};
      const detectors: Record<string, string> = {};
      const regionId = (region: string) =>
        `arn:aws:guardduty:${region}:${ACCOUNT}:region/${region}`;
      const detectorArn = (region: string) =>
        `arn:aws:guardduty:${region}:${ACCOUNT}:detector/${detectors[region]}`;

      beforeAll(async () => {
        detectors[REGION] = (
          await new GuardDutyClient({ region: REGION }).send(
            new CreateDetectorCommand({
              Enable: true,
              Features: [{ Name: 'S3_DATA_EVENTS', Status: 'ENABLED' }],
              Tags: { team: 'security' },
            }),
          )
        ).DetectorId!;
        detectors['eu-west-2'] = (
          await new GuardDutyClient({ region: 'eu-west-2' }).send(
            new CreateDetectorCommand({ Enable: false }),
          )
        ).DetectorId!;
        for (const region of REGIONS)
          snapshots[region] = await collectGuardDutySnapshot(
            motoUnit(region, new GuardDutyClient({ region })),
          );
      }, 60_000);

      const events = (region: string) => [
        ...extractGuardDutyEvents(snapshots[region]!, { accountId: ACCOUNT, region }),
      ];

      it('collects each region’s detector with its status and features over the wire', () => {
        expect(valueOf(events(REGION), regionId(REGION), G.detectorEnabled)).toBe(true);
        expect(valueOf(events(REGION), detectorArn(REGION), G.detectorStatus)).toBe('ENABLED');
        expect(valueOf(events(REGION), detectorArn(REGION), G.enabledFeatures)).toEqual([
          'S3_DATA_EVENTS',
        ]);
        expect(valueOf(events(REGION), detectorArn(REGION), G.tags)).toEqual({ team: 'security' });
        expect(valueOf(events('eu-west-2'), regionId('eu-west-2'), G.detectorEnabled)).toBe(false);
        expect(valueOf(events('eu-west-2'), detectorArn('eu-west-2'), G.detectorStatus)).toBe(
          'DISABLED',
        );
        expect(snapshots['eu-central-1']!.detectors).toEqual({ state: 'available', value: [] });
        expect(valueOf(events('eu-central-1'), regionId('eu-central-1'), G.detectorEnabled)).toBe(
          false,
        );
        // moto 5.2.1 has no GetFindingsStatistics (a 404 that is no AWS answer): the findings are
        // recorded as unread, never as none.
        expect(valueOf(events(REGION), detectorArn(REGION), G.findingsError)).toBe(
          'guardduty:GetFindingsStatistics: NotImplemented',
        );
        expect(
          valueOf(events(REGION), detectorArn(REGION), G.highSeverityFindings),
        ).toBeUndefined();
      });

      it('fails the suspended and the unwatched region, passes the watched one', () => {
        const judge = (region: string) =>
          checkStatuses(GUARDDUTY_CHECKS, snapshots[region]!, { region, now: new Date() });
        expect(judge(REGION)).toEqual({
          guardduty_is_enabled: { [regionId(REGION)]: 'PASS' },
          guardduty_s3_protection_enabled: { [detectorArn(REGION)]: 'PASS' },
          // Unread in moto (see above), so ERROR rather than PASS.
          guardduty_no_high_severity_findings: { [detectorArn(REGION)]: 'ERROR' },
        });
        expect(judge('eu-west-2')).toEqual({
          guardduty_is_enabled: { [regionId('eu-west-2')]: 'FAIL' },
          guardduty_no_high_severity_findings: { [detectorArn('eu-west-2')]: 'ERROR' },
        });
        expect(judge('eu-central-1')).toEqual({
          guardduty_is_enabled: { [regionId('eu-central-1')]: 'FAIL' },
        });
      });
    });

    describe('KMS', () => {
      let snapshot: KmsRegionSnapshot;
      const arns: Record<string, string> = {};
      const ids: Record<string, string> = {};

      beforeAll(async () => {
        const kms = new KMSClient({ region: REGION });
        for (const alias of ['clean', 'sloppy', 'retired']) {
          const key = (await kms.send(new CreateKeyCommand({ Description: alias }))).KeyMetadata!;
          await kms.send(
            new CreateAliasCommand({ AliasName: `alias/${alias}`, TargetKeyId: key.KeyId }),
          );
          arns[alias] = key.Arn!;
          ids[alias] = key.KeyId!;
        }
        await kms.send(
          new EnableKeyRotationCommand({ KeyId: arns.clean, RotationPeriodInDays: 180 }),
        );
        await kms.send(
          new PutKeyPolicyCommand({
            KeyId: arns.sloppy,
            PolicyName: 'default',
            Policy: JSON.stringify({
              Version: '2012-10-17',
              Statement: [
                {
                  Sid: 'root',
                  Effect: 'Allow',
                  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
                  Action: 'kms:*',
                  Resource: '*',
                },
                {
                  Sid: 'anyone-decrypts',
                  Effect: 'Allow',
                  Principal: '*',
                  Action: ['kms:Decrypt', 'kms:DescribeKey'],
                  Resource: '*',
                },
              ],
            }),
          }),
        );
        // moto 5.2.1 answers ScheduleKeyDeletion by key ARN with an HTML 500 (AWS takes either).
        await kms.send(
          new ScheduleKeyDeletionCommand({ KeyId: ids.retired, PendingWindowInDays: 7 }),
        );
        snapshot = await collectKmsSnapshot(motoUnit(REGION, new KMSClient({ region: REGION })));
      }, 60_000);

      it('collects every customer key with its state, rotation and policy over the wire', () => {
        const events = [...extractKmsEvents(snapshot, { accountId: ACCOUNT, region: REGION })];

        expect(snapshot.keys.map((k) => k.arn).sort()).toEqual(Object.values(arns).sort());
        expect(valueOf(events, arns.clean!, K.aliases)).toEqual(['alias/clean']);
        expect(valueOf(events, arns.clean!, K.keyManager)).toBe('CUSTOMER');
        expect(valueOf(events, arns.clean!, K.keySpec)).toBe('SYMMETRIC_DEFAULT');
        expect(valueOf(events, arns.clean!, K.rotationEnabled)).toBe(true);
        // moto 5.2.1 ignores RotationPeriodInDays and answers GetKeyRotationStatus without it
        // (AWS answers 180 here): the period is left out rather than guessed.
        expect(valueOf(events, arns.clean!, K.rotationPeriodDays)).toBeUndefined();
        expect(valueOf(events, arns.clean!, K.policyPublicStatements)).toEqual([]);
        expect(valueOf(events, arns.sloppy!, K.rotationEnabled)).toBe(false);
        expect(valueOf(events, arns.sloppy!, K.policyPublicStatements)).toEqual([
          'anyone-decrypts',
        ]);
        expect(valueOf(events, arns.sloppy!, K.policyPublicActions)).toEqual([
          'kms:Decrypt',
          'kms:DescribeKey',
        ]);
        expect(valueOf(events, arns.retired!, K.keyState)).toBe('PendingDeletion');
        expect(valueOf(events, arns.retired!, K.deletionDate)).toEqual(expect.any(String));
        // A key pending deletion has no rotation to read (AWS refuses GetKeyRotationStatus).
        expect(valueOf(events, arns.retired!, K.rotationEnabled)).toBeUndefined();
        expect(
          valueOf(
            events,
            `arn:aws:kms:${REGION}:${ACCOUNT}:region/${REGION}`,
            K.customerManagedKeyCount,
          ),
        ).toBe(3);
        expect(events.some((e) => e.metric_type === K.readError)).toBe(false);
      });

      it('fails the open, unrotated and retiring keys, passes the clean twin', () => {
        const statuses = checkStatuses(KMS_CHECKS, snapshot, { region: REGION, now: new Date() });
        expect(statuses).toEqual({
          kms_cmk_rotation_enabled: { [arns.clean!]: 'PASS', [arns.sloppy!]: 'FAIL' },
          kms_key_not_publicly_accessible: { [arns.clean!]: 'PASS', [arns.sloppy!]: 'FAIL' },
          kms_cmk_not_deleted_unintentionally: {
            [arns.clean!]: 'PASS',
            [arns.sloppy!]: 'PASS',
            [arns.retired!]: 'FAIL',
          },
        });
      });
    });
  },
);
