/** One region's Lambda functions in our own compact types (no SDK type, no environment value). */
import type { Read, ReadFailure } from '../../read.js';
import { scannerRef } from '../../../../core/index.js';

export type { Read, ReadFailure };

export type Tags = Record<string, string>;

export interface FunctionVpc {
  vpcId: string;
  subnetIds: string[];
  securityGroupIds: string[];
}

/** What GetFunction adds to the listing: tags and the function's reserved concurrency. */
export interface FunctionDetails {
  tags: Tags;
  /** Absent: the function draws on the account's unreserved pool. 0 means it is throttled off. */
  reservedConcurrency?: number;
}

/**
 * The function's resource-based policy, judged where it was read: the statements (by Sid, or
 * `#index` without one) that let anyone in, and the actions they allow.
 */
export interface FunctionPolicy {
  statementCount: number;
  publicStatements: string[];
  publicActions: string[];
}

export interface FunctionUrl {
  url: string;
  /** `NONE`: no IAM authentication — anyone on the internet may call it if the policy allows. */
  authType: string;
  /** `$LATEST` or an alias the URL is attached to. */
  qualifier?: string;
  corsAllowOrigins: string[];
}

export interface LambdaFunction {
  arn: string;
  name: string;
  /** Absent for container-image functions, whose runtime is in their image. */
  runtime?: string;
  /**
   * The runtime's deprecation date (YYYY-MM-DD) from the folder's dated table (runtimes.ts);
   * absent when the table does not know the runtime.
   */
  runtimeDeprecationDate?: string;
  packageType: string;
  memoryMb: number;
  timeoutSeconds: number;
  architectures: string[];
  role: string;
  vpc?: FunctionVpc;
  /** ISO 8601, as Lambda reports it. */
  lastModified?: string;
  codeSizeBytes: number;
  /** Names only: environment values may hold secrets and are never kept. */
  environmentVariableCount: number;
  deadLetterTargetArn?: string;
  kmsKeyArn?: string;
  tracingMode?: string;
  layerCount: number;
  details: Read<FunctionDetails>;
  /** `absent` when the function has no resource-based policy (ResourceNotFoundException). */
  policy: Read<FunctionPolicy>;
  urls: Read<FunctionUrl[]>;
}

/** The region's concurrency quota and what functions reserve of it (GetAccountSettings). */
export interface AccountConcurrency {
  concurrentExecutionsLimit: number;
  unreservedConcurrentExecutions: number;
  functionCount?: number;
  totalCodeSizeBytes?: number;
}

/** One function's CloudWatch statistics over the window (AWS/Lambda, by FunctionName). */
export interface FunctionStats {
  /** Absent only when CloudWatch failed this query; no datapoint means no invocation (0). */
  invocations?: number;
  errors?: number;
  throttles?: number;
  durationAverageMs?: number;
  durationMaximumMs?: number;
  concurrentExecutionsMaximum?: number;
}

export type LambdaPerformance =
  | {
      status: 'collected';
      windowDays: number;
      /** ISO start of the window: a function changed after it has not been seen over the whole window. */
      windowStart: string;
      functions: Record<string, FunctionStats>;
    }
  | { status: 'unavailable'; errorCode: string };

export interface LambdaRegionSnapshot {
  region: string;
  functions: LambdaFunction[];
  account: Read<AccountConcurrency>;
  performance: LambdaPerformance;
}

/** The Lambda scanner, as its checks name it. */
export const LAMBDA = scannerRef<LambdaRegionSnapshot>('aws', 'lambda');
