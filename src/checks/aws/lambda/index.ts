import type { CheckDefinition } from '../../../core/index.js';
import lambda_function_policy_public from './lambda_function_policy_public.check.js';
import lambda_function_resource_required_tags from './lambda_function_resource_required_tags.check.js';
import lambda_function_runtime_supported from './lambda_function_runtime_supported.check.js';
import lambda_function_url_public from './lambda_function_url_public.check.js';

/** The Lambda function checks: one line per check. */
export const LAMBDA_CHECKS: readonly CheckDefinition[] = [
  lambda_function_policy_public,
  lambda_function_resource_required_tags,
  lambda_function_runtime_supported,
  lambda_function_url_public,
];
