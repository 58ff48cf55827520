import {
  BackupClient,
  CreateBackupPlanCommand,
  CreateBackupVaultCommand,
} from '@aws-sdk/client-backup';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CreateDomainCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_CHECKS } from '../../src/checks/aws/backup/index.js';
import { OPENSEARCH_CHECKS } from '../../src/checks/aws/opensearch/index.js';
import { collectBackupSnapshot } from '../../src/providers/aws/services/backup/collector.js';
import type { BackupRegionSnapshot } from '../../src/providers/aws/services/backup/model.js';
import { collectOpenSearchSnapshot } from '../../src/providers/aws/services/opensearch/collector.js';
import { extractOpenSearchEvents } from '../../src/providers/aws/services/opensearch/extract.js';
import { OPENSEARCH_METRIC as O } from '../../src/providers/aws/services/opensearch/metrics.js';
import type { OpenSearchRegionSnapshot } from '../../src/providers/aws/services/opensearch/model.js';
import { valueOf } from '../../src/providers/aws/testing/unit-context.js';
import { motoSuiteSkip } from '../support/moto.js';
import {
  checkStatuses,
  MOTO_ACCOUNT as ACCOUNT,
  motoUnit,
  useMotoServer,
} from '../support/moto-suite.js';

/**
 * OpenSearch Service and AWS Backup over the wire: real SDK clients against moto 5.2.1, each
 * collector's snapshot and its checks.
 */

const skipReason = motoSuiteSkip('AWS OpenSearch and Backup');

const REGION = 'eu-west-1';

describe.skipIf(skipReason !== null)('OpenSearch and Backup against moto (real SDK)', () => {
  useMotoServer(REGION);

  describe('OpenSearch', () => {
    let snapshot: OpenSearchRegionSnapshot;
    const arn = (name: string) => `arn:aws:es:${REGION}:${ACCOUNT}:domain/${name}`;

    beforeAll(async () => {
      const client = new OpenSearchClient({ region: REGION });
      await client.send(
        new CreateDomainCommand({
          DomainName: 'sound',
          EngineVersion: 'OpenSearch_2.13',
          ClusterConfig: {
            InstanceType: 'r6g.large.search',
            InstanceCount: 3,
            DedicatedMasterEnabled: true,
            DedicatedMasterCount: 3,
            DedicatedMasterType: 'm6g.large.search',
            ZoneAwarenessEnabled: true,
            ZoneAwarenessConfig: { AvailabilityZoneCount: 3 },
          },
          EncryptionAtRestOptions: { Enabled: true },
          NodeToNodeEncryptionOptions: { Enabled: true },
          DomainEndpointOptions: {
            EnforceHTTPS: true,
            TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
          },
          AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: false },
          VPCOptions: { SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] },
        }),
      );
      await client.send(
        new CreateDomainCommand({
          DomainName: 'open',
          EngineVersion: 'Elasticsearch_7.10',
          ClusterConfig: { InstanceType: 't3.small.search', InstanceCount: 1 },
          AccessPolicies: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: '*' },
                Action: 'es:*',
                Resource: `${arn('open')}/*`,
              },
            ],
          }),
        }),
      );
      snapshot = await collectOpenSearchSnapshot(
        motoUnit(REGION, client, new CloudWatchClient({ region: REGION })),
      );
    });

    it('lists and describes both domains and judges them', () => {
      expect(snapshot.domains.map((d) => d.name).sort()).toEqual(['open', 'sound']);
      const events = [...extractOpenSearchEvents(snapshot, { accountId: ACCOUNT, region: REGION })];
      expect(valueOf(events, arn('open'), O.openToAnyone)).toBe(true);
      expect(valueOf(events, arn('sound'), O.nodeToNodeEncryption)).toBe(true);
      const s = checkStatuses(OPENSEARCH_CHECKS, snapshot, { region: REGION });
      expect(s.opensearch_service_domains_not_publicly_accessible?.[arn('open')]).toBe('FAIL');
      expect(s.opensearch_service_domains_encryption_at_rest_enabled).toEqual({
        [arn('sound')]: 'PASS',
        [arn('open')]: 'FAIL',
      });
      expect(s.opensearch_service_domains_fault_tolerant_master_nodes?.[arn('sound')]).toBe('PASS');
    });
  });

  describe('AWS Backup', () => {
    let snapshot: BackupRegionSnapshot;

    beforeAll(async () => {
      const client = new BackupClient({ region: REGION });
      await client.send(new CreateBackupVaultCommand({ BackupVaultName: 'main' }));
      await client.send(
        new CreateBackupPlanCommand({
          BackupPlan: {
            BackupPlanName: 'daily',
            Rules: [
              {
                RuleName: 'daily',
                TargetBackupVaultName: 'main',
                ScheduleExpression: 'cron(0 5 * * ? *)',
              },
            ],
          },
        }),
      );
      snapshot = await collectBackupSnapshot(motoUnit(REGION, client));
    });

    // moto 5.2.1 implements ListBackupPlans, CreateBackupPlan, ListBackupVaults and
    // CreateBackupVault, but answers 500 to ListBackupSelections and 404 to
    // GetBackupVaultAccessPolicy and ListProtectedResources (not implemented): those reads are
    // recorded unread, naming the call, and their checks are ERROR. The mock tests cover the rest.
    it('lists the plan and the vault; the reads moto lacks are unread and their checks ERROR', () => {
      expect(snapshot.plans.map((p) => p.name)).toEqual(['daily']);
      expect(snapshot.vaults.state).toBe('available');
      const plan = snapshot.plans[0]!;
      expect(plan.selections).toMatchObject({
        state: 'failed',
        action: 'backup:ListBackupSelections',
      });
      expect(snapshot.protectedResources).toMatchObject({
        state: 'failed',
        action: 'backup:ListProtectedResources',
      });
      const vault = `arn:aws:backup:${REGION}:${ACCOUNT}:backup-vault:main`;
      const s = checkStatuses(BACKUP_CHECKS, snapshot, { region: REGION });
      expect(s.backup_plans_have_selections).toEqual({ [plan.arn]: 'ERROR' });
      expect(s.backup_vaults_not_publicly_accessible).toEqual({ [vault]: 'ERROR' });
      // Empty vault: nothing to lock yet. moto reports no EncryptionKeyType: MANUAL.
      expect(s.backup_vaults_locked).toEqual({ [vault]: 'PASS' });
      expect(s.backup_vaults_encrypted_with_customer_managed_key).toEqual({ [vault]: 'MANUAL' });
      expect(s.backup_protected_resources_backed_up_recently).toEqual({
        [`arn:aws:backup:${REGION}:${ACCOUNT}:region/${REGION}`]: 'ERROR',
      });
    });
  });
});
