import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  BatchGetRepositoryScanningConfigurationCommand,
  ECRClient,
  GetLifecyclePolicyCommand,
  GetRepositoryPolicyCommand,
  paginateDescribeRepositories,
} from '@aws-sdk/client-ecr';
import pLimit from 'p-limit';
import { collectResourceStats, type StatSpec } from '../../cloudwatch-stats.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { collectPages } from '../../pages.js';
import { guardedRead, type Read } from '../../read.js';
import {
  judgeRepositoryPolicy,
  mapLifecyclePolicy,
  mapRepository,
  mapScanning,
  type ListedRepository,
} from './mapper.js';
import type { EcrRegionSnapshot, EcrStatField, Repository, RepositoryScanning } from './model.js';

/** DescribeRepositories returns at most 1,000 repositories a page. */
const PAGE_SIZE = 1000;
/** BatchGetRepositoryScanningConfiguration takes at most 25 repositories a call. */
const SCANNING_BATCH = 25;
/**
 * GetLifecyclePolicy and GetRepositoryPolicy take one repository: ECR has no batch form of
 * either, and DescribeRepositories carries neither.
 */
const REPOSITORY_READ_CONCURRENCY = 5;

const GONE = ['RepositoryNotFoundException'];

const STATS: readonly StatSpec<EcrStatField>[] = [
  {
    field: 'pulls',
    namespace: 'AWS/ECR',
    metricName: 'RepositoryPullCount',
    stat: 'Sum',
    zeroWhenMissing: true,
  },
];

const gone = (read: Read<unknown>) => read.state === 'absent' && GONE.includes(read.errorCode);

/** Every repository's effective scanning configuration, 25 repositories a call. */
async function collectScanning(
  ctx: AwsUnitContext,
  client: ECRClient,
  names: readonly string[],
): Promise<Map<string, Read<RepositoryScanning>>> {
  const out = new Map<string, Read<RepositoryScanning>>();
  const action = 'ecr:BatchGetRepositoryScanningConfiguration';
  for (let i = 0; i < names.length; i += SCANNING_BATCH) {
    const batch = names.slice(i, i + SCANNING_BATCH);
    const answer = await guardedRead(ctx, action, () =>
      client.send(new BatchGetRepositoryScanningConfigurationCommand({ repositoryNames: batch }), {
        abortSignal: ctx.signal,
      }),
    );
    if (answer.state !== 'available') {
      for (const name of batch) out.set(name, answer);
      continue;
    }
    for (const c of answer.value.scanningConfigurations ?? [])
      if (c.repositoryName)
        out.set(c.repositoryName, { state: 'available', value: mapScanning(c) });
    for (const f of answer.value.failures ?? [])
      if (f.repositoryName)
        out.set(f.repositoryName, {
          state: f.failureCode === 'REPOSITORY_NOT_FOUND' ? 'absent' : 'failed',
          action,
          errorCode: f.failureCode ?? 'Unknown',
          ...(f.failureReason ? { message: f.failureReason } : {}),
        });
    for (const name of batch)
      if (!out.has(name)) out.set(name, { state: 'failed', action, errorCode: 'NotAnswered' });
  }
  return out;
}

async function readRepository(
  ctx: AwsUnitContext,
  client: ECRClient,
  repository: ListedRepository,
): Promise<Pick<Repository, 'lifecyclePolicy' | 'policy'>> {
  const input = { repositoryName: repository.name, registryId: repository.registryId || undefined };
  const options = { abortSignal: ctx.signal };
  const [lifecyclePolicy, policy] = await Promise.all([
    guardedRead(
      ctx,
      'ecr:GetLifecyclePolicy',
      async () =>
        mapLifecyclePolicy(await client.send(new GetLifecyclePolicyCommand(input), options)),
      { absentCodes: ['LifecyclePolicyNotFoundException', ...GONE] },
    ),
    guardedRead(
      ctx,
      'ecr:GetRepositoryPolicy',
      async () =>
        judgeRepositoryPolicy(
          (await client.send(new GetRepositoryPolicyCommand(input), options)).policyText,
          ctx.accountId,
        ),
      { absentCodes: ['RepositoryPolicyNotFoundException', ...GONE] },
    ),
  ]);
  return { lifecyclePolicy, policy };
}

/**
 * One region's private repositories: the paginated DescribeRepositories (the unit fails only if
 * it fails) with tag mutability, scan on push and encryption; the effective scanning configuration
 * 25 repositories a call; each repository's lifecycle policy and repository policy (one call each:
 * ECR has no batch form); and every repository's pulls in one batched GetMetricData fetch.
 */
export async function collectEcrSnapshot(ctx: AwsUnitContext): Promise<EcrRegionSnapshot> {
  const client = ctx.clients.get(ECRClient);
  const listed = await collectPages(
    paginateDescribeRepositories({ client, pageSize: PAGE_SIZE }, {}, { abortSignal: ctx.signal }),
    (page) => page.repositories,
    mapRepository,
    ctx.signal,
  );
  const limit = pLimit(REPOSITORY_READ_CONCURRENCY);
  const [scanning, reads, performance] = await Promise.all([
    collectScanning(
      ctx,
      client,
      listed.map((r) => r.name),
    ),
    Promise.all(listed.map((r) => limit(() => readRepository(ctx, client, r)))),
    collectResourceStats(
      ctx,
      ctx.clients.get(CloudWatchClient),
      listed.map((r) => ({ id: r.arn, dimensions: [{ name: 'RepositoryName', value: r.name }] })),
      STATS,
    ),
  ]);
  const repositories = listed
    .map((r, i): Repository => ({
      ...r,
      scanning: scanning.get(r.name) ?? {
        state: 'failed',
        action: 'ecr:BatchGetRepositoryScanningConfiguration',
        errorCode: 'NotAnswered',
      },
      ...reads[i]!,
    }))
    // A repository deleted between the list and its reads is not reported.
    .filter((r) => !gone(r.lifecyclePolicy) && !gone(r.policy));
  return { region: ctx.region, repositories, performance };
}
