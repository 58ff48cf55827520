import { z } from 'zod';
import { SEVERITIES, type ScanOptions } from '../core/index.js';
import { CHECKS, checkConfigSchema, type CheckRegistry } from '../checks/index.js';
import type { Issue } from './request.js';

/** The scan options that choose which security checks run, and their thresholds. */
export const checkOptionsShape = {
  checks: z
    .array(z.string().min(1))
    .min(1, 'name at least one check, or leave checks out')
    .optional()
    .describe('Only these security checks (ids, see `clouddiagnoze checks list`)'),
  exclude_checks: z.array(z.string().min(1)).optional().describe('Security checks left out (ids)'),
  severity: z
    .array(z.enum(SEVERITIES))
    .min(1, 'name at least one severity, or leave severity out')
    .optional()
    .describe('Only security checks of these severities'),
  frameworks: z
    .array(z.string().min(1))
    .min(1, 'name at least one framework, or leave frameworks out')
    .optional()
    .describe('Only security checks mapped to these compliance frameworks (cis_aws_7.0, aws_fsbp)'),
  check_config: checkConfigSchema
    .optional()
    .describe('Check thresholds (see docs/checks.md for each default)'),
};

/**
 * What the schema cannot know: check ids and frameworks must exist, and a chosen check must read a
 * service the scan includes (otherwise it would silently never run).
 */
export function checkFilterIssues(
  options: Pick<ScanOptions, 'checks' | 'exclude_checks' | 'frameworks'> | undefined,
  scope: { provider: string; services: readonly string[] },
  registry: CheckRegistry = CHECKS,
): Issue[] {
  const issues: Issue[] = [];
  options?.checks?.forEach((id, i) => {
    const check = registry.get(id);
    if (!check || check.provider !== scope.provider) {
      issues.push({ path: `options.checks.${i}`, message: `unknown check id ${id}` });
    } else if (!scope.services.includes(check.service)) {
      issues.push({
        path: `options.checks.${i}`,
        message: `check ${id} reads the ${check.service} service, which this scan does not include`,
      });
    }
  });
  options?.exclude_checks?.forEach((id, i) => {
    if (!registry.get(id)) {
      issues.push({ path: `options.exclude_checks.${i}`, message: `unknown check id ${id}` });
    }
  });
  const known = registry.frameworks(scope.provider).map((f) => f.id);
  options?.frameworks?.forEach((id, i) => {
    if (!known.includes(id)) {
      issues.push({
        path: `options.frameworks.${i}`,
        message: `unknown framework ${id}; known: ${known.join(', ')}`,
      });
    }
  });
  return issues;
}
