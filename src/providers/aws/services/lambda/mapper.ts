import type {
  FunctionConfiguration,
  FunctionUrlConfig,
  GetAccountSettingsResponse,
  GetFunctionResponse,
} from '@aws-sdk/client-lambda';
import { decodePolicyDocument, grants, parseStatements } from '../../policy/index.js';
import type {
  AccountConcurrency,
  FunctionDetails,
  FunctionPolicy,
  FunctionUrl,
  LambdaFunction,
} from './model.js';
import { runtimeDeprecationDate } from './runtimes.js';

/** What the listing gives of a function; the per-function reads are added by the collector. */
export type ListedFunction = Omit<LambdaFunction, 'details' | 'policy' | 'urls'>;

/** Lambda writes LastModified as `2026-05-04T09:12:33.123+0000`; we keep ISO 8601. */
export function isoTimestamp(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const parsed = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

/** One listed function; the environment's values are dropped here, only their count is kept. */
export function mapFunction(fn: FunctionConfiguration): ListedFunction | undefined {
  if (!fn.FunctionArn || !fn.FunctionName) return undefined;
  const vpcId = fn.VpcConfig?.VpcId;
  const lastModified = isoTimestamp(fn.LastModified);
  const deprecation = fn.Runtime ? runtimeDeprecationDate(fn.Runtime) : undefined;
  return {
    arn: fn.FunctionArn,
    name: fn.FunctionName,
    ...(fn.Runtime ? { runtime: fn.Runtime } : {}),
    ...(deprecation ? { runtimeDeprecationDate: deprecation } : {}),
    packageType: fn.PackageType ?? 'Zip',
    memoryMb: fn.MemorySize ?? 128,
    timeoutSeconds: fn.Timeout ?? 3,
    architectures: fn.Architectures?.length ? [...fn.Architectures] : ['x86_64'],
    role: fn.Role ?? '',
    ...(vpcId
      ? {
          vpc: {
            vpcId,
            subnetIds: [...(fn.VpcConfig?.SubnetIds ?? [])],
            securityGroupIds: [...(fn.VpcConfig?.SecurityGroupIds ?? [])],
          },
        }
      : {}),
    ...(lastModified ? { lastModified } : {}),
    codeSizeBytes: fn.CodeSize ?? 0,
    environmentVariableCount: Object.keys(fn.Environment?.Variables ?? {}).length,
    ...(fn.DeadLetterConfig?.TargetArn
      ? { deadLetterTargetArn: fn.DeadLetterConfig.TargetArn }
      : {}),
    ...(fn.KMSKeyArn ? { kmsKeyArn: fn.KMSKeyArn } : {}),
    ...(fn.TracingConfig?.Mode ? { tracingMode: fn.TracingConfig.Mode } : {}),
    layerCount: fn.Layers?.length ?? 0,
  };
}

/** Tags and reserved concurrency only: the code location (a presigned URL) is not kept. */
export function mapDetails(answer: GetFunctionResponse): FunctionDetails {
  const reserved = answer.Concurrency?.ReservedConcurrentExecutions;
  return {
    tags: { ...(answer.Tags ?? {}) },
    ...(reserved !== undefined ? { reservedConcurrency: reserved } : {}),
  };
}

/**
 * The statements of a function policy that let anyone invoke or manage it. A `"*"` principal
 * pinned by a condition (aws:SourceAccount, aws:SourceArn of a bucket or a topic, an organization)
 * is not public: that is how S3, SNS or EventBridge are allowed to invoke.
 */
export function mapPolicy(document: string | undefined): FunctionPolicy {
  const statements = parseStatements(decodePolicyDocument(document));
  const open = grants(statements, { actions: ['lambda:*'] }).filter((g) => g.public);
  return {
    statementCount: statements.length,
    publicStatements: open.map((g) => g.sid ?? `#${g.index}`),
    publicActions: [...new Set(open.flatMap((g) => g.actions))].sort(),
  };
}

export function mapUrl(config: FunctionUrlConfig, functionArn: string): FunctionUrl | undefined {
  if (!config.FunctionUrl) return undefined;
  // The URL config's FunctionArn is qualified by the alias it serves (arn…:function:name:alias).
  const qualifier = config.FunctionArn?.startsWith(`${functionArn}:`)
    ? config.FunctionArn.slice(functionArn.length + 1)
    : undefined;
  return {
    url: config.FunctionUrl,
    authType: config.AuthType ?? 'AWS_IAM',
    ...(qualifier ? { qualifier } : {}),
    corsAllowOrigins: [...(config.Cors?.AllowOrigins ?? [])],
  };
}

export function mapAccountSettings(answer: GetAccountSettingsResponse): AccountConcurrency {
  return {
    concurrentExecutionsLimit: answer.AccountLimit?.ConcurrentExecutions ?? 0,
    unreservedConcurrentExecutions: answer.AccountLimit?.UnreservedConcurrentExecutions ?? 0,
    ...(answer.AccountUsage?.FunctionCount !== undefined
      ? { functionCount: answer.AccountUsage.FunctionCount }
      : {}),
    ...(answer.AccountUsage?.TotalCodeSize !== undefined
      ? { totalCodeSizeBytes: answer.AccountUsage.TotalCodeSize }
      : {}),
  };
}
