import type {
  GetLifecyclePolicyCommandOutput,
  Repository as SdkRepository,
  RepositoryScanningConfiguration,
} from '@aws-sdk/client-ecr';
import { decodePolicyDocument, grants, parseStatements } from '../../policy/index.js';
import type { LifecyclePolicy, Repository, RepositoryPolicy, RepositoryScanning } from './model.js';

/** What DescribeRepositories gives of a repository; the collector adds the other reads. */
export type ListedRepository = Omit<Repository, 'scanning' | 'lifecyclePolicy' | 'policy'>;

export function mapRepository(r: SdkRepository): ListedRepository | undefined {
  if (!r.repositoryArn || !r.repositoryName) return undefined;
  return {
    arn: r.repositoryArn,
    name: r.repositoryName,
    uri: r.repositoryUri ?? '',
    registryId: r.registryId ?? '',
    ...(r.createdAt ? { createdAt: r.createdAt.toISOString() } : {}),
    imageTagMutability: r.imageTagMutability ?? 'MUTABLE',
    tagMutabilityExclusions: (r.imageTagMutabilityExclusionFilters ?? []).flatMap((f) =>
      f.filter ? [f.filter] : [],
    ),
    scanOnPush: r.imageScanningConfiguration?.scanOnPush === true,
    encryption: {
      type: r.encryptionConfiguration?.encryptionType ?? 'AES256',
      ...(r.encryptionConfiguration?.kmsKey ? { kmsKey: r.encryptionConfiguration.kmsKey } : {}),
    },
  };
}

export function mapScanning(c: RepositoryScanningConfiguration): RepositoryScanning {
  return {
    ...(c.scanFrequency ? { scanFrequency: c.scanFrequency } : {}),
    scanOnPush: c.scanOnPush === true,
    appliedFilters: (c.appliedScanFilters ?? []).flatMap((f) => (f.filter ? [f.filter] : [])),
  };
}

export function mapLifecyclePolicy(answer: GetLifecyclePolicyCommandOutput): LifecyclePolicy {
  let rules: unknown;
  try {
    rules = (JSON.parse(answer.lifecyclePolicyText ?? '{}') as { rules?: unknown }).rules ?? [];
  } catch {
    rules = [];
  }
  return {
    ruleCount: Array.isArray(rules) ? rules.length : 0,
    ...(answer.lastEvaluatedAt ? { lastEvaluatedAt: answer.lastEvaluatedAt.toISOString() } : {}),
  };
}

/** The repository policy's public statements and the other accounts it lets in. */
export function judgeRepositoryPolicy(text: string | undefined, account: string): RepositoryPolicy {
  const statements = parseStatements(decodePolicyDocument(text));
  const all = grants(statements, { actions: ['ecr:*'] });
  const open = all.filter((g) => g.public);
  return {
    statementCount: statements.length,
    publicStatements: open.map((g) => g.sid ?? `#${g.index}`),
    publicActions: [...new Set(open.flatMap((g) => g.actions))].sort(),
    externalAccounts: [...new Set(all.flatMap((g) => g.accounts))]
      .filter((a) => a !== account)
      .sort(),
  };
}
