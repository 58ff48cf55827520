import type { Command } from 'commander';
import { SEVERITIES, type Severity } from '../../core/index.js';
import type { CheckRegistry } from '../../checks/index.js';
import { checkFilterIssues } from '../../scanning/check-filters.js';
import type { FacetOptions } from '../../scanning/facets.js';
import { renderPolicy } from '../../scanning/permissions.js';
import type { ScannerRegistry } from '../../scanning/registry.js';
import { DEFAULT_COMPOSITION, registriesOf, type Composition } from '../composition.js';
import { UserError } from '../errors.js';

/** The flags `scan` takes for its checks and dimensions, and the services. */
export interface PolicyFlags {
  provider: string;
  services?: string;
  checks?: string;
  excludeChecks?: string;
  severity?: string;
  framework?: string;
  cost?: boolean;
}

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/**
 * The permission document for a scan of these flags: the services named (every service, or with
 * `--checks` alone the services those checks read), and with a check selection only the facets it
 * collects.
 */
export function policyFor(
  flags: PolicyFlags,
  registries: { scanners: ScannerRegistry; checks: CheckRegistry },
): string {
  const { scanners, checks } = registries;
  if (!scanners.provider(flags.provider)) throw new UserError(`unknown provider ${flags.provider}`);
  const options: FacetOptions = {
    ...(flags.checks !== undefined && { checks: list(flags.checks) }),
    ...(flags.excludeChecks !== undefined && { exclude_checks: list(flags.excludeChecks) }),
    ...(flags.framework !== undefined && { frameworks: list(flags.framework) }),
    ...(flags.cost && { cost: true }),
  };
  if (flags.severity !== undefined) {
    const severity = list(flags.severity) ?? [];
    const unknown = severity.filter((s) => !(SEVERITIES as readonly string[]).includes(s));
    if (unknown.length) throw new UserError(`unknown severity ${unknown.join(', ')}`);
    options.severity = severity as Severity[];
  }
  let services = list(flags.services);
  const unknown = services?.filter((s) => !scanners.scanner(flags.provider, s));
  if (unknown?.length)
    throw new UserError(`unknown ${flags.provider} service ${unknown.join(', ')}`);
  services ??= options.checks
    ? [...new Set(options.checks.map((id) => checks.get(id)?.service ?? ''))]
    : undefined;
  const issues = checkFilterIssues(
    options,
    { provider: flags.provider, services: services ?? scanners.services(flags.provider) },
    checks,
  );
  if (issues.length) throw new UserError(issues.map((i) => i.message).join('; '));
  return renderPolicy(scanners, flags.provider, services, { options, checks });
}

export function registerPolicyCommand(
  program: Command,
  _config: unknown,
  composition: Composition = DEFAULT_COMPOSITION,
): void {
  program
    .command('policy')
    .description(
      "print the read-only permissions a scan needs, in the provider's format (AWS IAM policy JSON…)",
    )
    .option('--provider <provider>', 'cloud provider', 'aws')
    .option(
      '--services <list>',
      'only these comma-separated services (default: all, or those of --checks)',
    )
    .option('--checks <list>', 'only what these comma-separated security checks read')
    .option('--exclude-checks <list>', 'leave these comma-separated security checks out')
    .option('--severity <list>', 'only security checks of these severities (critical,high,…)')
    .option('--framework <list>', 'only security checks mapped to these frameworks (cis_aws_7.0,…)')
    .option('--cost', 'with a check selection: the cost dimension too, as `scan --cost`')
    .action((flags: PolicyFlags) => {
      process.stdout.write(policyFor(flags, registriesOf(composition)));
    });
}
