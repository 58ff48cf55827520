import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.lambda';
const S = 'aws.security.lambda';
const P = 'aws.performance.lambda';
const A = 'aws.architecture.lambda';

/** Facts about one Lambda function (on its ARN) and the region's concurrency (on the region). */
export const LAMBDA_METRIC = defineMetrics({
  functionName: {
    name: `${M}.function_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the function.',
  },
  runtime: {
    name: `${M}.runtime`,
    valueType: 'string',
    description: 'Runtime identifier (nodejs22.x, python3.13…); absent for container images.',
  },
  runtimeDeprecationDate: {
    name: `${M}.runtime_deprecation_date`,
    valueType: 'string',
    description:
      'Date (YYYY-MM-DD) the runtime is or was deprecated by Lambda, from the dated table in src/providers/aws/services/lambda/runtimes.ts.',
  },
  packageType: {
    name: `${M}.package_type`,
    valueType: 'string',
    description: 'Zip or Image.',
  },
  memorySizeMb: {
    name: `${M}.memory_size_mb`,
    valueType: 'number',
    unit: 'megabytes',
    description: 'Memory allocated to the function (MB); CPU scales with it.',
  },
  timeoutSeconds: {
    name: `${M}.timeout_seconds`,
    valueType: 'number',
    unit: 'seconds',
    description: 'Longest time an invocation may run.',
  },
  architectures: {
    name: `${M}.architectures`,
    valueType: 'array',
    description: 'Instruction set architectures (x86_64, arm64).',
  },
  roleArn: {
    name: `${M}.role_arn`,
    valueType: 'string',
    description: 'Execution role of the function.',
  },
  vpcId: {
    name: `${M}.vpc_id`,
    valueType: 'string',
    description: 'VPC the function is attached to, when it is.',
  },
  subnetIds: {
    name: `${M}.subnet_ids`,
    valueType: 'array',
    description: 'Subnets of the function’s VPC attachment.',
  },
  lastModified: {
    name: `${M}.last_modified`,
    valueType: 'string',
    description: 'When the function’s code or configuration last changed (ISO 8601).',
  },
  codeSizeBytes: {
    name: `${M}.code_size_bytes`,
    valueType: 'number',
    unit: 'bytes',
    description: 'Size of the deployment package.',
  },
  environmentVariableCount: {
    name: `${M}.environment_variable_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Environment variables set on the function (their values are never read out).',
  },
  layerCount: {
    name: `${M}.layer_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Layers the function uses.',
  },
  tracingMode: {
    name: `${M}.tracing_mode`,
    valueType: 'string',
    description: 'X-Ray tracing mode: Active or PassThrough.',
  },
  tags: {
    name: `${M}.tags`,
    valueType: 'object',
    role: 'resource_tags',
    description: 'Tags of the function, key → value (from GetFunction).',
  },
  reservedConcurrency: {
    name: `${M}.reserved_concurrency`,
    valueType: 'number',
    unit: 'count',
    description:
      'Concurrent executions reserved for the function; absent when it shares the unreserved pool, 0 when it is throttled off.',
  },
  detailsError: {
    name: `${M}.details_error`,
    valueType: 'string',
    description:
      'GetFunction could not be read, so tags and reserved concurrency are unknown: action: code.',
  },
  functionUrlCount: {
    name: `${M}.function_url_count`,
    valueType: 'number',
    unit: 'count',
    description: 'Function URLs of the function and its aliases.',
  },
  concurrentExecutionsLimit: {
    name: `${M}.concurrent_executions_limit`,
    valueType: 'number',
    unit: 'count',
    description: 'The region’s concurrency quota for the account (on the region).',
  },
  unreservedConcurrentExecutions: {
    name: `${M}.unreserved_concurrent_executions`,
    valueType: 'number',
    unit: 'count',
    description:
      'What is left of the quota for functions without reserved concurrency (on the region).',
  },
  accountSettingsError: {
    name: `${M}.account_settings_error`,
    valueType: 'string',
    description: 'GetAccountSettings could not be read (on the region): action: code.',
  },
  policyPublic: {
    name: `${S}.policy_public`,
    valueType: 'boolean',
    description:
      'The resource-based policy lets anyone (principal "*" with no narrowing condition) invoke or manage the function; false without a policy.',
  },
  policyPublicStatements: {
    name: `${S}.policy_public_statements`,
    valueType: 'array',
    description: 'Sids (or #index) of the policy statements open to anyone.',
  },
  policyError: {
    name: `${S}.policy_error`,
    valueType: 'string',
    description: 'GetPolicy could not be read: action: code.',
  },
  functionUrlAuthNone: {
    name: `${S}.function_url_auth_none`,
    valueType: 'boolean',
    description: 'Some function URL of the function has AuthType NONE (no IAM authentication).',
  },
  functionUrlError: {
    name: `${S}.function_url_error`,
    valueType: 'string',
    description: 'ListFunctionUrlConfigs could not be read: action: code.',
  },
  kmsKeyArn: {
    name: `${S}.kms_key_arn`,
    valueType: 'string',
    description: 'Customer managed KMS key encrypting the environment variables, when set.',
  },
  invocationsSum: {
    name: `${P}.invocations.sum`,
    valueType: 'number',
    unit: 'count',
    description: 'Invocations over the metrics window (AWS/Lambda Invocations, Sum); 0 when none.',
  },
  errorsSum: {
    name: `${P}.errors.sum`,
    valueType: 'number',
    unit: 'count',
    description: 'Invocations that ended in a function error over the window.',
  },
  throttlesSum: {
    name: `${P}.throttles.sum`,
    valueType: 'number',
    unit: 'count',
    description: 'Invocation requests throttled over the window.',
  },
  errorRatePercent: {
    name: `${P}.error_rate_percent`,
    valueType: 'number',
    unit: 'percent',
    description: 'Errors per invocation over the window, when the function was invoked.',
  },
  durationAverageMs: {
    name: `${P}.duration.average`,
    valueType: 'number',
    unit: 'milliseconds',
    description: 'Average invocation duration over the window.',
  },
  durationMaximumMs: {
    name: `${P}.duration.maximum`,
    valueType: 'number',
    unit: 'milliseconds',
    description: 'Longest invocation over the window; compare with the timeout.',
  },
  concurrentExecutionsMaximum: {
    name: `${P}.concurrent_executions.maximum`,
    valueType: 'number',
    unit: 'count',
    description: 'Highest concurrency over the window.',
  },
  performanceDataUnavailable: {
    name: `${P}.performance_data_unavailable`,
    valueType: 'object',
    description:
      'CloudWatch refused or failed the metrics request, so no performance metric is reported for the function: {reason, error_code}.',
  },
  idleFunction: {
    name: `${A}.idle_function`,
    valueType: 'boolean',
    role: 'idle_signal',
    description:
      'No invocation over the whole metrics window (true), or some (false); absent when the function changed within the window or CloudWatch was not read.',
  },
  inVpc: {
    name: `${A}.in_vpc`,
    valueType: 'boolean',
    description: 'The function is attached to a VPC.',
  },
});

export const LAMBDA_METRICS: readonly MetricDefinition[] = LAMBDA_METRIC.definitions;
