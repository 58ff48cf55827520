import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  CreateCacheClusterCommand,
  CreateReplicationGroupCommand,
  ElastiCacheClient,
} from '@aws-sdk/client-elasticache';
import { CreateClusterCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { beforeAll, describe, expect, it } from 'vitest';
import { ELASTICACHE_CHECKS } from '../../src/checks/aws/elasticache/index.js';
import { REDSHIFT_CHECKS } from '../../src/checks/aws/redshift/index.js';
import { context } from '../../src/checks/aws/testing.js';
import { collectElastiCacheSnapshot } from '../../src/providers/aws/services/elasticache/collector.js';
import { extractElastiCacheEvents } from '../../src/providers/aws/services/elasticache/extract.js';
import { ELASTICACHE_METRIC as E } from '../../src/providers/aws/services/elasticache/metrics.js';
import type { ElastiCacheRegionSnapshot } from '../../src/providers/aws/services/elasticache/model.js';
import { collectRedshiftSnapshot } from '../../src/providers/aws/services/redshift/collector.js';
import { extractRedshiftEvents } from '../../src/providers/aws/services/redshift/extract.js';
import { REDSHIFT_METRIC as R } from '../../src/providers/aws/services/redshift/metrics.js';
import type { RedshiftRegionSnapshot } from '../../src/providers/aws/services/redshift/model.js';
import { valueOf } from '../../src/providers/aws/testing/unit-context.js';
import { motoSuiteSkip } from '../support/moto.js';
import {
  checkStatuses,
  MOTO_ACCOUNT as ACCOUNT,
  motoUnit,
  useMotoServer,
} from '../support/moto-suite.js';

/**
 * ElastiCache and Redshift over the wire: real SDK clients against moto, each collector's
 * snapshot, its events and its checks. One scenario per service.
 */

const skipReason = motoSuiteSkip('AWS ElastiCache and Redshift');

const REGION = 'eu-west-1';

describe.skipIf(skipReason !== null)('ElastiCache and Redshift against moto (real SDK)', () => {
  useMotoServer(REGION);

  describe('ElastiCache', () => {
    let snapshot: ElastiCacheRegionSnapshot;

    beforeAll(async () => {
      const client = new ElastiCacheClient({ region: REGION });
      await client.send(
        new CreateReplicationGroupCommand({
          ReplicationGroupId: 'sessions',
          ReplicationGroupDescription: 'web sessions',
          Engine: 'redis',
          CacheNodeType: 'cache.t3.micro',
          NumCacheClusters: 2,
          AutomaticFailoverEnabled: true,
          TransitEncryptionEnabled: true,
          AtRestEncryptionEnabled: true,
          AuthToken: 'a-long-enough-auth-token-0123',
          SnapshotRetentionLimit: 5,
        }),
      );
      await client.send(
        new CreateCacheClusterCommand({
          CacheClusterId: 'memo',
          Engine: 'memcached',
          CacheNodeType: 'cache.t3.micro',
          NumCacheNodes: 2,
        }),
      );
      snapshot = await collectElastiCacheSnapshot(
        motoUnit(REGION, client, new CloudWatchClient({ region: REGION })),
      );
    }, 60_000);

    it('collects the cache clusters and replication groups over the wire', () => {
      // moto 5.2.1 lists no cache cluster for a replication group's nodes: only memo here.
      expect(snapshot.cacheClusters.map((c) => c.id)).toEqual(['memo']);
      expect(snapshot.replicationGroups.state).toBe('available');
      const events = [
        ...extractElastiCacheEvents(snapshot, {
          accountId: ACCOUNT,
          region: REGION,
          options: context().options,
        }),
      ];
      const memo = snapshot.cacheClusters.find((c) => c.id === 'memo')!;
      expect(valueOf(events, memo.arn, E.engine)).toBe('memcached');
      if (snapshot.replicationGroups.state !== 'available') return;
      const group = snapshot.replicationGroups.value.find((g) => g.id === 'sessions');
      expect(group).toBeDefined();
      expect(valueOf(events, group!.arn, E.replicationGroupId)).toBe('sessions');
      // moto answers CloudWatch GetMetricData without datapoints: no statistic, nothing idle.
      expect(snapshot.performance.status).toBe('collected');
    });

    it('runs every ElastiCache check; the only ERROR is the engine version moto does not report', () => {
      const results = checkStatuses(ELASTICACHE_CHECKS, snapshot, { region: REGION });
      const errors = Object.entries(results).flatMap(([id, byResource]) =>
        Object.entries(byResource)
          .filter(([, s]) => s === 'ERROR')
          .map(([r]) => `${id} ${r}`),
      );
      // moto lists none of the group's nodes, so its engine version is unknown: ERROR, never PASS.
      expect(errors).toEqual([
        `elasticache_redis_cluster_engine_version_supported arn:aws:elasticache:${REGION}:${ACCOUNT}:replicationgroup:sessions`,
      ]);
      const group = `arn:aws:elasticache:${REGION}:${ACCOUNT}:replicationgroup:sessions`;
      expect(
        results.elasticache_redis_cluster_in_transit_encryption_enabled?.[group],
      ).toBeDefined();
      expect(results.elasticache_redis_cluster_automatic_failover_enabled?.[group]).toBeDefined();
      const memo = snapshot.cacheClusters.find((c) => c.id === 'memo')!;
      expect(results.elasticache_cluster_auto_minor_version_upgrades?.[memo.arn]).toBeDefined();
    });
  });

  describe('Redshift', () => {
    let snapshot: RedshiftRegionSnapshot;
    const arn = (id: string) => `arn:aws:redshift:${REGION}:${ACCOUNT}:cluster:${id}`;

    beforeAll(async () => {
      const client = new RedshiftClient({ region: REGION });
      const create = (id: string, open: boolean) =>
        client.send(
          new CreateClusterCommand({
            ClusterIdentifier: id,
            NodeType: 'ra3.xlplus',
            ClusterType: open ? 'single-node' : 'multi-node',
            ...(open ? {} : { NumberOfNodes: 2 }),
            MasterUsername: open ? 'awsuser' : 'wh_admin',
            MasterUserPassword: 'Sup3rSecret!pass',
            PubliclyAccessible: open,
            Encrypted: !open,
            EnhancedVpcRouting: !open,
            AutomatedSnapshotRetentionPeriod: open ? 0 : 7,
          }),
        );
      await create('warehouse', false);
      await create('adhoc', true);
      snapshot = await collectRedshiftSnapshot(
        motoUnit(REGION, client, new CloudWatchClient({ region: REGION })),
      );
    }, 60_000);

    it('collects clusters with their logging status and parameter groups over the wire', () => {
      const events = [
        ...extractRedshiftEvents(snapshot, {
          accountId: ACCOUNT,
          region: REGION,
          options: context().options,
        }),
      ];
      expect(snapshot.clusters.map((c) => c.id).sort()).toEqual(['adhoc', 'warehouse']);
      expect(valueOf(events, arn('adhoc'), R.publiclyAccessible)).toBe(true);
      expect(valueOf(events, arn('warehouse'), R.encrypted)).toBe(true);
      expect(valueOf(events, arn('warehouse'), R.enhancedVpcRouting)).toBe(true);
      // moto 5.2.1 keeps its default of 1 day when asked for 0.
      expect(valueOf(events, arn('warehouse'), R.snapshotRetentionDays)).toBe(7);
      expect(valueOf(events, arn('adhoc'), R.auditLogging)).toBe(false);
    });

    it('runs the Redshift checks: the open cluster fails, the sound one passes', () => {
      const results = checkStatuses(REDSHIFT_CHECKS, snapshot, { region: REGION });
      expect(results.redshift_cluster_public_access).toEqual({
        [arn('warehouse')]: 'PASS',
        [arn('adhoc')]: 'FAIL',
      });
      expect(results.redshift_cluster_encrypted_at_rest?.[arn('adhoc')]).toBe('FAIL');
      expect(results.redshift_cluster_enhanced_vpc_routing?.[arn('warehouse')]).toBe('PASS');
      expect(results.redshift_cluster_automated_snapshot?.[arn('warehouse')]).toBe('PASS');
      expect(results.redshift_cluster_audit_logging?.[arn('adhoc')]).toBe('FAIL');
      // The default parameter group: require_ssl false.
      expect(results.redshift_cluster_in_transit_encryption_enabled?.[arn('adhoc')]).toBe('FAIL');
    });
  });
});
