/** One region's private ECR repositories in our own compact types. */
import { scannerRef } from '../../../../core/index.js';
import type { StatsRead } from '../../cloudwatch-stats.js';
import type { Read, ReadFailure } from '../../read.js';

export type { Read, ReadFailure };

/** How the repository's images are scanned, registry rules applied (BatchGetRepositoryScanningConfiguration). */
export interface RepositoryScanning {
  /** SCAN_ON_PUSH, CONTINUOUS_SCAN (enhanced scanning) or MANUAL. */
  scanFrequency?: string;
  scanOnPush: boolean;
  /** The registry rules' repository filters that matched the repository. */
  appliedFilters: string[];
}

/** The repository's lifecycle policy, when it has one (GetLifecyclePolicy). */
export interface LifecyclePolicy {
  ruleCount: number;
  /** ISO 8601. */
  lastEvaluatedAt?: string;
}

/** The repository policy judged where it was read (GetRepositoryPolicy); the text is not kept. */
export interface RepositoryPolicy {
  statementCount: number;
  /** Sids (or `#index`) of the statements that let anyone in without a narrowing condition. */
  publicStatements: string[];
  publicActions: string[];
  /** Other accounts the policy lets in, sorted. */
  externalAccounts: string[];
}

export interface Repository {
  arn: string;
  name: string;
  uri: string;
  registryId: string;
  /** ISO 8601. */
  createdAt?: string;
  /** MUTABLE, IMMUTABLE, MUTABLE_WITH_EXCLUSION or IMMUTABLE_WITH_EXCLUSION. */
  imageTagMutability: string;
  /** The tag filters that are the exception to the mutability setting. */
  tagMutabilityExclusions: string[];
  /** The repository's own (legacy) scan-on-push setting, from DescribeRepositories. */
  scanOnPush: boolean;
  /** AES256, KMS or KMS_DSSE, with the key for the KMS ones. */
  encryption: { type: string; kmsKey?: string };
  scanning: Read<RepositoryScanning>;
  /** `absent` (LifecyclePolicyNotFoundException) when the repository has none. */
  lifecyclePolicy: Read<LifecyclePolicy>;
  /** `absent` (RepositoryPolicyNotFoundException) when the repository has none. */
  policy: Read<RepositoryPolicy>;
}

export type EcrStatField = 'pulls';

export interface EcrRegionSnapshot {
  region: string;
  repositories: Repository[];
  /** Image pulls of each repository over the window (AWS/ECR RepositoryPullCount), by ARN. */
  performance: StatsRead<EcrStatField>;
}

/** Scan on push or continuous scanning, from the repository or a registry rule. */
export function scansImages(repository: Repository): boolean | undefined {
  if (repository.scanOnPush) return true;
  if (repository.scanning.state !== 'available') return undefined;
  const s = repository.scanning.value;
  return (
    s.scanOnPush || s.scanFrequency === 'SCAN_ON_PUSH' || s.scanFrequency === 'CONTINUOUS_SCAN'
  );
}

/** The ECR scanner, as its checks name it. */
export const ECR = scannerRef<EcrRegionSnapshot>('aws', 'ecr');
