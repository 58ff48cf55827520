import type { CheckDefinition } from '../../../core/index.js';
import wafv2_webacl_logging_enabled from './wafv2_webacl_logging_enabled.check.js';
import wafv2_webacl_rule_logging_enabled from './wafv2_webacl_rule_logging_enabled.check.js';
import wafv2_webacl_with_rules from './wafv2_webacl_with_rules.check.js';

/** The AWS WAF web ACL checks: one line per check. */
export const WAFV2_CHECKS: readonly CheckDefinition[] = [
  wafv2_webacl_logging_enabled,
  wafv2_webacl_rule_logging_enabled,
  wafv2_webacl_with_rules,
];
