/** Lambda snapshots for the check tests, in the collector's normalized shapes. */
import type {
  FunctionPolicy,
  LambdaFunction,
  Read,
  LambdaRegionSnapshot,
  ReadFailure,
} from '../../../providers/aws/services/lambda/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED = (action: string): ReadFailure => ({
  state: 'denied',
  action,
  errorCode: 'AccessDeniedException',
  message: 'not authorized to perform this action',
  httpStatus: 403,
});

export const NO_POLICY: ReadFailure = {
  state: 'absent',
  action: 'lambda:GetPolicy',
  errorCode: 'ResourceNotFoundException',
};

export function fn(name: string, overrides: Partial<LambdaFunction> = {}): LambdaFunction {
  return {
    arn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`,
    name,
    runtime: 'nodejs22.x',
    runtimeDeprecationDate: '2027-04-30',
    packageType: 'Zip',
    memoryMb: 512,
    timeoutSeconds: 30,
    architectures: ['arm64'],
    role: `arn:aws:iam::${ACCOUNT}:role/${name}-exec`,
    lastModified: '2026-05-01T10:00:00.000Z',
    codeSizeBytes: 4096,
    environmentVariableCount: 0,
    layerCount: 0,
    details: { state: 'available', value: { tags: { team: 'checkout' } } },
    policy: NO_POLICY,
    urls: { state: 'available', value: [] },
    ...overrides,
  };
}

export function snapshot(functions: LambdaFunction[]): LambdaRegionSnapshot {
  return {
    region: REGION,
    functions,
    account: {
      state: 'available',
      value: { concurrentExecutionsLimit: 1000, unreservedConcurrentExecutions: 1000 },
    },
    performance: {
      status: 'collected',
      windowDays: 14,
      windowStart: '2026-06-30T10:00:00.000Z',
      functions: {},
    },
  };
}

export const publicPolicy = (
  sid: string,
  action = 'lambda:InvokeFunctionUrl',
): Read<FunctionPolicy> => ({
  state: 'available',
  value: { statementCount: 1, publicStatements: [sid], publicActions: [action] },
});
