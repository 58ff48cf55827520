import { Option, type Command } from 'commander';
import { SEVERITIES, type CheckDefinition, type Severity } from '../../core/index.js';
import {
  CHECKS,
  FRAMEWORKS,
  checkMetricType,
  frameworkById,
  loadScanResults,
  summarizeCompliance,
  type CheckRegistry,
  type ComplianceSummary,
  type Framework,
} from '../../checks/index.js';
import type { Config } from '../../config/config.js';
import { UserError } from '../errors.js';
import { createRuntime } from '../runtime.js';

const FORMATS = ['table', 'json'] as const;
type Format = (typeof FORMATS)[number];

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cols: string[]) =>
    cols
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

function framework(id: string): Framework {
  const found = frameworkById(id);
  if (!found) {
    throw new UserError(
      `unknown framework ${id}; known: ${FRAMEWORKS.map((f) => f.id).join(', ')}`,
    );
  }
  return found;
}

/** The catalogue, filtered as the flags ask. */
export function listChecks(
  registry: CheckRegistry,
  filters: { framework?: string; service?: string; severity?: Severity[] },
): CheckDefinition[] {
  return registry
    .all()
    .filter((c) => filters.service === undefined || c.service === filters.service)
    .filter((c) => filters.severity === undefined || filters.severity.includes(c.severity))
    .filter(
      (c) => filters.framework === undefined || (c.compliance[filters.framework]?.length ?? 0) > 0,
    );
}

export function renderChecks(checks: CheckDefinition[], format: Format, fw?: string): string {
  if (format === 'json') {
    return (
      JSON.stringify(
        checks.map((c) => ({
          id: c.id,
          service: c.service,
          severity: c.severity,
          title: c.title,
          resource_type: c.resource_type,
          metric_type: checkMetricType(c),
          compliance: c.compliance,
        })),
        null,
        2,
      ) + '\n'
    );
  }
  return table(
    ['ID', 'SERVICE', 'SEVERITY', fw ? 'CONTROLS' : 'FRAMEWORKS', 'TITLE'],
    checks.map((c) => [
      c.id,
      c.service,
      c.severity,
      fw
        ? (c.compliance[fw] ?? []).join(',')
        : Object.entries(c.compliance)
            .map(([f, ids]) => `${f}:${ids.join(',')}`)
            .join(' '),
      c.title,
    ]),
  );
}

export function renderCompliance(summary: ComplianceSummary, format: Format): string {
  if (format === 'json') return JSON.stringify(summary, null, 2) + '\n';
  const t = summary.totals;
  const head =
    `${summary.framework.name} ${summary.framework.version} — scan ${summary.scan_id}\n` +
    `${t.controls} controls: ${t.passed} passed, ${t.failed} failed, ${t.manual} manual, ` +
    `${t.error} error, ${t.not_evaluated} not evaluated\n\n`;
  return (
    head +
    table(
      ['STATUS', 'CONTROL', 'TITLE', 'DETAIL'],
      summary.controls.map((c) => [c.status, c.id, c.title, c.reason]),
    )
  );
}

export function registerCheckCommands(program: Command, loadConfig: () => Config): void {
  const checks = program.command('checks').description('the security checks this build runs');
  checks
    .command('list')
    .description('print the check catalogue')
    .option(
      '--framework <id>',
      `only checks mapped to this framework (${FRAMEWORKS.map((f) => f.id).join(', ')})`,
    )
    .option('--service <service>', 'only checks of this service')
    .option('--severity <list>', `only these comma-separated severities (${SEVERITIES.join(', ')})`)
    .addOption(new Option('--output <format>', 'output format').choices(FORMATS).default('table'))
    .action(
      (flags: { framework?: string; service?: string; severity?: string; output: Format }) => {
        if (flags.framework) framework(flags.framework);
        const severity = flags.severity?.split(',').map((s) => s.trim());
        const unknown = severity?.filter((s) => !(SEVERITIES as readonly string[]).includes(s));
        if (unknown?.length) throw new UserError(`unknown severity ${unknown.join(', ')}`);
        const found = listChecks(CHECKS, {
          framework: flags.framework,
          service: flags.service,
          severity: severity as Severity[] | undefined,
        });
        process.stdout.write(renderChecks(found, flags.output, flags.framework));
      },
    );

  program
    .command('compliance')
    .description("a scan's compliance with a framework: controls passed, failed, manual, in error")
    .argument('<scan-id>', 'the scan')
    .requiredOption('--framework <id>', `framework (${FRAMEWORKS.map((f) => f.id).join(', ')})`)
    .addOption(new Option('--output <format>', 'output format').choices(FORMATS).default('table'))
    .action(async (scanId: string, flags: { framework: string; output: Format }) => {
      const fw = framework(flags.framework);
      const runtime = await createRuntime(loadConfig());
      try {
        const scan = await runtime.store.getScan(scanId);
        if (!scan) throw new UserError(`scan ${scanId} not found`);
        const [results, units] = await Promise.all([
          loadScanResults(runtime.store, scan, CHECKS),
          runtime.store.listUnits(scan.id),
        ]);
        const summary = summarizeCompliance(fw, CHECKS, results, { scan, units });
        process.stdout.write(renderCompliance(summary, flags.output));
      } finally {
        await runtime.close();
      }
    });
}
