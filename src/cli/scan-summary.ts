import { CHECK_STATUSES, SEVERITIES } from '../core/index.js';
import type { ReportModel } from '../reports/index.js';

function table(header: string[], rows: string[][], numeric: number[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cols: string[]) =>
    cols
      .map((c, i) => (numeric.includes(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].map((l) => `  ${l}`).join('\n');
}

const usd = (value: number) =>
  `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/**
 * What `scan --output table` prints: resources by service, findings by severity and status,
 * compliance per framework and cost — the numbers of the report and the dashboard.
 */
export function renderScanSummary(model: ReportModel): string {
  const { summary, cost, compliance, scan } = model;
  const parts: string[] = [];
  parts.push(
    `Scan ${scan.id} ${scan.status} · ${summary.resources} resources · ${summary.events} events` +
      (summary.accounts.length ? ` · account ${summary.accounts.join(', ')}` : '') +
      (summary.regions.length ? ` · ${summary.regions.length} regions` : ''),
  );
  parts.push(
    '',
    'Resources by service',
    table(
      ['SERVICE', 'RESOURCES', 'EVENTS'],
      summary.by_service.map((s) => [s.service, String(s.resources), String(s.events)]),
      [1, 2],
    ),
  );
  const findings = summary.findings;
  parts.push('', `Findings (${findings.total} check results)`);
  parts.push(
    table(
      ['STATUS', ...CHECK_STATUSES],
      [['results', ...CHECK_STATUSES.map((s) => String(findings.by_status[s]))]],
      CHECK_STATUSES.map((_, i) => i + 1),
    ),
  );
  parts.push(
    table(
      ['FAILED BY SEVERITY', ...SEVERITIES],
      [['results', ...SEVERITIES.map((s) => String(findings.failed_by_severity[s]))]],
      SEVERITIES.map((_, i) => i + 1),
    ),
  );
  if (compliance.length > 0) {
    parts.push(
      '',
      'Compliance (controls)',
      table(
        ['FRAMEWORK', 'CONTROLS', 'PASSED', 'FAILED', 'ERROR', 'MANUAL', 'NOT EVALUATED'],
        compliance.map((c) => [
          c.framework.id,
          String(c.totals.controls),
          String(c.totals.passed),
          String(c.totals.failed),
          String(c.totals.error),
          String(c.totals.manual),
          String(c.totals.not_evaluated),
        ]),
        [1, 2, 3, 4, 5, 6],
      ),
    );
  }
  parts.push('', 'Cost');
  const lastMonth = cost.months[cost.months.length - 1];
  if (!cost.has_data) parts.push('  no cost data (collected with --cost)');
  else {
    if (lastMonth) parts.push(`  ${lastMonth.month}: ${usd(lastMonth.total_usd)}`);
    if (cost.forecast_usd !== null) parts.push(`  forecast this month: ${usd(cost.forecast_usd)}`);
  }
  parts.push(
    cost.waste_status === 'unknown'
      ? `  waste: unknown (${cost.waste_unknown_reasons.join('; ')})`
      : `  waste: ${usd(cost.waste_total_usd)} a month over ${cost.waste.length} resources`,
  );
  parts.push('', 'Every event: --events (or `clouddiagnoze events --scan-id ' + scan.id + '`)');
  return `${parts.join('\n')}\n`;
}
