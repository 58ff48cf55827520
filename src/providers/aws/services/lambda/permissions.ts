/**
 * What the lambda scanner may call, read-only; declared apart from the collector so that the
 * scanner registry loads no SDK.
 */
export const LAMBDA_PERMISSIONS = [
  'lambda:ListFunctions',
  'lambda:GetFunction',
  'lambda:GetPolicy',
  'lambda:ListFunctionUrlConfigs',
  'lambda:GetAccountSettings',
  'cloudwatch:GetMetricData',
] as const;
