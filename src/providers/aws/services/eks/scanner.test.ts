import {
  DescribeClusterCommand,
  EKSClient,
  ListClustersCommand,
  type DescribeClusterCommandInput,
  type ListClustersCommandInput,
} from '@aws-sdk/client-eks';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe as suite, expect, it } from 'vitest';
import type { EventDraft } from '../../../../core/index.js';
import { awsError } from '../../testing/mock-calls.js';
import {
  expectDeclaredPermissions,
  expectOnlyDeclaredMetrics,
  expectListingFailuresFailTheUnit,
} from '../../testing/scanner-contract.js';
import { valueOf, scanUnit } from '../../testing/unit-context.js';
import { ACCOUNT, ARN, describe, KEY, NAME, page1, page2, REGION } from './fixtures/sdk.js';
import { EKS_METRIC as K, EKS_METRICS } from './metrics.js';
import { EKS_VERSIONS, versionSupport } from './model.js';
import { eksScanner } from './scanner.js';

const eks = mockClient(EKSClient);

/** The unit's clock is 2026-11-20 (testing/unit-context). */
const scan = () => scanUnit(eksScanner, REGION, [EKSClient], ACCOUNT);

let listInputs: ListClustersCommandInput[] = [];

beforeEach(() => {
  eks.reset();
  listInputs = [];
  eks.on(ListClustersCommand).callsFake((input: ListClustersCommandInput) => {
    listInputs.push({ ...input });
    return input.nextToken === 'eks-page-2' ? page2 : page1;
  });
  eks.on(DescribeClusterCommand).callsFake((input: DescribeClusterCommandInput) => {
    const answer = describe(input.name ?? '');
    if (answer) return answer;
    throw awsError('ResourceNotFoundException', `No cluster found for name: ${input.name}.`, 404);
  });
});

suite('eksScanner', () => {
  it('lists every cluster across pages and describes each once (no batch form)', async () => {
    const events = await scan();

    expect(listInputs).toEqual([{ maxResults: 100 }, { maxResults: 100, nextToken: 'eks-page-2' }]);
    expect(
      eks
        .commandCalls(DescribeClusterCommand)
        .map((c) => c.args[0].input.name)
        .sort(),
    ).toEqual([NAME.dev, NAME.legacy, NAME.prod]);
    expect(new Set(events.map((e) => e.resource_id))).toEqual(
      new Set([ARN.prod, ARN.dev, ARN.legacy]),
    );
  });

  it('reports version support, endpoint access, logging and secrets encryption', async () => {
    const events = await scan();

    expect(valueOf(events, ARN.prod, K.version)).toBe('1.34');
    expect(valueOf(events, ARN.prod, K.versionSupport)).toBe('standard');
    expect(valueOf(events, ARN.prod, K.endOfStandardSupport)).toBe('2026-12-02');
    expect(valueOf(events, ARN.prod, K.endpointOpenToInternet)).toBe(false);
    expect(valueOf(events, ARN.prod, K.publicAccessCidrs)).toEqual(['203.0.113.0/24']);
    expect(valueOf(events, ARN.prod, K.auditLogging)).toBe(true);
    expect(valueOf(events, ARN.prod, K.secretsEncrypted)).toBe(true);
    expect(valueOf(events, ARN.prod, K.secretsKmsKey)).toBe(KEY);
    expect(valueOf(events, ARN.dev, K.versionSupport)).toBe('extended');
    expect(valueOf(events, ARN.dev, K.supportType)).toBe('EXTENDED');
    expect(valueOf(events, ARN.dev, K.endpointOpenToInternet)).toBe(true);
    expect(valueOf(events, ARN.dev, K.loggingEnabled)).toEqual(['api']);
    expect(valueOf(events, ARN.dev, K.auditLogging)).toBe(false);
    expect(valueOf(events, ARN.dev, K.secretsEncrypted)).toBe(false);
    expect(valueOf(events, ARN.legacy, K.versionSupport)).toBe('unsupported');
    expect(valueOf(events, ARN.legacy, K.endpointPublicAccess)).toBe(false);
    expect(valueOf(events, ARN.legacy, K.publicAccessCidrs)).toBeUndefined();
    expect(valueOf(events, ARN.legacy, K.loggingEnabled)).toEqual([]);
  });

  it('takes the API defaults when an answer leaves endpoint fields out (public, open to 0.0.0.0/0)', async () => {
    const { endpointPublicAccess, publicAccessCidrs, ...vpc } = describe(NAME.dev)!.cluster!
      .resourcesVpcConfig!;
    expect([endpointPublicAccess, publicAccessCidrs]).toEqual([true, ['0.0.0.0/0']]);
    eks.on(DescribeClusterCommand, { name: NAME.dev }).resolves({
      $metadata: {},
      cluster: { ...describe(NAME.dev)!.cluster!, resourcesVpcConfig: vpc },
    });

    const events = await scan();

    expect(valueOf(events, ARN.dev, K.endpointPublicAccess)).toBe(true);
    expect(valueOf(events, ARN.dev, K.publicAccessCidrs)).toEqual(['0.0.0.0/0']);
    expect(valueOf(events, ARN.dev, K.endpointOpenToInternet)).toBe(true);
  });

  it('goes on when DescribeCluster is denied for a cluster, naming the action', async () => {
    eks
      .on(DescribeClusterCommand, { name: NAME.dev })
      .rejects(awsError('AccessDeniedException', 'not authorized', 403));

    const events = await scan();

    expect(valueOf(events, ARN.dev, K.readError)).toEqual([
      'eks:DescribeCluster: AccessDeniedException',
    ]);
    expect(valueOf(events, ARN.dev, K.clusterName)).toBe(NAME.dev);
    expect(valueOf(events, ARN.dev, K.endpointOpenToInternet)).toBeUndefined();
    expect(valueOf(events, ARN.prod, K.auditLogging)).toBe(true);
  });

  it('skips a cluster deleted between the list and its description', async () => {
    eks.on(ListClustersCommand).resolves({ $metadata: {}, clusters: [NAME.prod, 'gone'] });

    const events = await scan();

    expect(new Set(events.map((e) => e.resource_id))).toEqual(new Set([ARN.prod]));
  });

  it('fails the unit when ListClusters is denied, the region is not opted in, or EKS is not offered', async () => {
    await expectListingFailuresFailTheUnit(
      scan,
      (error) => eks.on(ListClustersCommand).rejects(error),
      {
        denied: awsError('AccessDeniedException', 'denied', 403),
        optIn: awsError('UnrecognizedClientException', 'opt-in', 400),
      },
    );
    expect(eks.commandCalls(DescribeClusterCommand)).toHaveLength(0);
  });

  it('emits nothing in a region without clusters', async () => {
    eks.on(ListClustersCommand).resolves({ $metadata: {}, clusters: [] });

    expect(await scan()).toEqual([]);
    expect(eks.commandCalls(DescribeClusterCommand)).toHaveLength(0);
  });

  it('emits only metric types it declares, with their declared value types, and all of them', async () => {
    const events: EventDraft[] = await scan();
    eks.on(DescribeClusterCommand).rejects(awsError('AccessDeniedException', 'no', 403));
    events.push(...(await scan()));

    expectOnlyDeclaredMetrics(eksScanner, EKS_METRICS, events);
  });

  it('declares exactly the IAM actions it calls, as a regional scanner', async () => {
    await scan();
    expectDeclaredPermissions(eksScanner, 'regional', [['eks', eks]]);
  });
});

suite('the EKS version calendar', () => {
  it('lists each version once, newest first, each period after the one before', () => {
    const versions = EKS_VERSIONS.map((v) => v.version);
    expect(new Set(versions).size).toBe(versions.length);
    for (const [i, v] of EKS_VERSIONS.entries()) {
      expect(v.released < v.endOfStandardSupport, v.version).toBe(true);
      expect(v.endOfStandardSupport < v.endOfExtendedSupport, v.version).toBe(true);
      const older = EKS_VERSIONS[i + 1];
      if (older) expect(older.released < v.released, v.version).toBe(true);
    }
  });

  it('places a version on a day: standard until the end day, then extended, then unsupported', () => {
    const at = (day: string) => new Date(`${day}T12:00:00Z`);
    expect(versionSupport('1.31', at('2025-11-25')).status).toBe('standard');
    expect(versionSupport('1.31', at('2025-11-26')).status).toBe('extended');
    expect(versionSupport('1.31', at('2026-11-26')).status).toBe('unsupported');
    expect(versionSupport('1.21', at('2025-01-01')).status).toBe('unsupported');
    expect(versionSupport('1.40', at('2025-01-01')).status).toBe('newer');
    expect(versionSupport('1.100', at('2025-01-01')).status).toBe('newer');
  });
});
