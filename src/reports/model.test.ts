import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_ID,
  BATCH,
  IDLE_IP,
  LOGS_BUCKET,
  ORPHAN_VOLUME,
  WEB,
  event,
  events,
  scan,
  units,
} from './fixtures/scan.js';
import { awsProvider } from '../providers/aws/provider.js';
import { buildReportModel } from './source.js';
import { AWS_REPORT_CONTEXT } from './fixtures/context.js';
import { CHECKS, frameworkById, resultsFromEvents, summarizeCompliance } from '../checks/index.js';

const NOW = new Date('2026-11-20T10:05:00.000Z');
const AWS = { now: NOW, ...AWS_REPORT_CONTEXT };

describe('report model', () => {
  it('lists every resource once with its name, type and facts per dimension', async () => {
    const model = await buildReportModel(scan, units, events, AWS);
    const web = model.inventory.find((r) => r.resource_id === WEB)!;
    expect(web).toMatchObject({
      name: 'web-1',
      type: 'instance',
      service: 'ec2',
      region: 'eu-west-1',
      counts: { metadata: 4, performance: 2, cost: 0, security: 1, architecture: 1 },
      facts: { instance_type: 'm5.large', instance_state: 'running' },
      findings_failed: 1,
    });
    // No Name tag: the id's last part names it.
    expect(model.inventory.find((r) => r.resource_id === BATCH)?.name).toBe('i-0a1b2c3d4e5f60002');
    expect(model.inventory.find((r) => r.resource_id === LOGS_BUCKET)?.name).toBe('Logs <prod>');
    expect(model.inventory.find((r) => r.resource_id === ORPHAN_VOLUME)?.waste_usd).toBe(40);
    expect(model.summary.resources).toBe(8);
    expect(model.summary.events).toBe(events.length);
    expect(model.summary.units).toEqual({
      total: 3,
      succeeded: 2,
      partial: 0,
      failed: 1,
      cancelled: 0,
    });
  });

  it('reads check results, not other security facts, most severe failures first', async () => {
    const model = await buildReportModel(scan, units, events, AWS);
    expect(model.findings.map((f) => [f.status, f.severity, f.check_id])).toEqual([
      ['FAIL', 'high', 'instance_imdsv2_required'],
      ['FAIL', 'medium', 'volume_encrypted'],
      ['FAIL', 'low', 'bucket_versioning_enabled'],
      ['MANUAL', 'informational', 'bucket_mfa_delete'],
      ['PASS', 'high', 'instance_imdsv2_required'],
    ]);
    expect(model.summary.findings.by_status).toEqual({ PASS: 1, FAIL: 3, MANUAL: 1, ERROR: 0 });
    expect(model.summary.findings.failed_by_severity).toMatchObject({ high: 1, medium: 1, low: 1 });
    const imds = model.checks.find((c) => c.check_id === 'instance_imdsv2_required')!;
    expect(imds.remediation).toEqual({
      text: 'Fix instance_imdsv2_required',
      cli: 'aws ec2 fix-instance-imdsv2-required',
    });
    expect(model.checks).toHaveLength(4);
  });

  it('shows the compliance summary of the checks as it is: manual controls MANUAL, none dropped', async () => {
    const results = resultsFromEvents(
      [
        event(WEB, 'aws.security.ec2.ec2_instance_imdsv2_enabled', {
          status: 'FAIL',
          severity: 'high',
          title: 'IMDSv2',
          reason: 'IMDSv1 allowed',
        }),
      ],
      CHECKS,
    );
    const summaries = CHECKS.frameworks('aws').map((framework) =>
      summarizeCompliance(framework, CHECKS, results, { scan, units }),
    );
    const model = await buildReportModel(scan, units, events, { ...AWS, compliance: summaries });
    expect(model.compliance.map((c) => [c.framework.id, c.totals])).toEqual(
      summaries.map((c) => [c.framework.id, c.totals]),
    );
    const cis = model.compliance.find((c) => c.framework.id === 'cis_aws_7.0')!;
    // Every control of the framework is listed, manual ones as MANUAL (never as failed).
    expect(cis.totals.controls).toBe(frameworkById('cis_aws_7.0')!.controls.length);
    expect(cis.totals.manual).toBeGreaterThan(0);
    const manual = cis.controls.filter((c) => c.status === 'MANUAL');
    expect(manual).toHaveLength(cis.totals.manual);
  });

  it('reads cost per month, service and region by the metrics’ roles, and ranks waste by dollars', async () => {
    const [EC2, S3] = ['Amazon Elastic Compute Cloud', 'Amazon Simple Storage Service'];
    const { cost } = await buildReportModel(scan, units, events, AWS);
    expect(cost.has_data).toBe(true);
    expect(cost.months).toEqual([
      {
        month: '2026-09',
        total_usd: 1180.25,
        by_service: { [EC2]: 800, [S3]: 380.25 },
      },
      { month: '2026-10', total_usd: 1234.5, by_service: { [EC2]: 850.5, [S3]: 384 } },
    ]);
    expect(cost.by_service).toEqual([
      { name: EC2, usd: 1650.5 },
      { name: S3, usd: 764.25 },
    ]);
    expect(cost.by_region).toEqual([
      { name: 'eu-west-1', usd: 2100.75 },
      { name: 'us-east-1', usd: 314 },
    ]);
    expect(cost.by_region.map((r) => r.name)).toEqual(['eu-west-1', 'us-east-1']);
    expect(cost.forecast_usd).toBe(1300);
    expect(cost.waste.map((w) => [w.resource_id, w.usd, w.reason])).toEqual([
      [ORPHAN_VOLUME, 40, 'unattached gp2 volume'],
      [BATCH, 33.41, ''],
      [IDLE_IP, 3.6, ''],
    ]);
    expect(cost.waste_total_usd).toBe(77.01);
    expect(cost.waste_by_region).toEqual([
      { name: 'eu-west-1', usd: 73.41 },
      { name: 'us-east-1', usd: 3.6 },
    ]);
  });

  it('reads a per-service cost reported on one resource per service', async () => {
    const service = 'arn:aws:ce::123456789012:service/AmazonRDS';
    const { cost } = await buildReportModel(
      scan,
      units,
      [event(service, 'aws.cost.service.monthly_cost_usd', { '2026-10': 99.5 }, 'global')],
      AWS,
    );
    expect(cost.by_service).toEqual([{ name: 'AmazonRDS', usd: 99.5 }]);
    expect(cost.months).toEqual([
      { month: '2026-10', total_usd: 99.5, by_service: { AmazonRDS: 99.5 } },
    ]);
  });

  it('says when a scan holds no cost figure (settings in the cost category are not figures)', async () => {
    const { cost } = await buildReportModel(
      scan,
      units,
      [event(LOGS_BUCKET, 'aws.cost.s3.bucket_lifecycle', { state: 'none' }, 'global')],
      AWS,
    );
    expect(cost).toMatchObject({ has_data: false, months: [], waste: [], waste_total_usd: 0 });
  });

  it('names services decoded and reads a daily series as a trend, not as services', async () => {
    const service = `arn:aws:ce::${ACCOUNT_ID}:service/Amazon%20Elastic%20Compute%20Cloud%20-%20Compute`;
    const { cost, inventory } = await buildReportModel(
      { ...scan, options: { ...scan.options, cost: true } },
      units,
      [
        event(service, 'aws.cost.service.monthly_cost_usd', { '2026-10': 120.5 }, 'global'),
        event(
          service,
          'aws.cost.service.daily_cost_usd',
          { '2026-11-01': 4, '2026-11-02': 3.5 },
          'global',
        ),
      ],
      AWS,
    );
    expect(cost.by_service).toEqual([
      { name: 'Amazon Elastic Compute Cloud - Compute', usd: 120.5 },
    ]);
    expect(cost.months.map((m) => m.month)).toEqual(['2026-10']);
    expect(inventory.find((r) => r.resource_id === service)?.name).toBe(
      'Amazon Elastic Compute Cloud - Compute',
    );
  });

  it('says why a resource is waste, from the estimate behind its figure', async () => {
    const { cost } = await buildReportModel(
      { ...scan, options: { ...scan.options, cost: true } },
      units,
      [
        event(ORPHAN_VOLUME, 'aws.cost.ec2.estimated_monthly_waste_usd', 55),
        event(ORPHAN_VOLUME, 'aws.cost.ec2.waste_estimate', {
          reason: 'unattached_volume',
          quantity: 500,
          unit: 'GB-Mo',
          unit_price_usd: 0.11,
          monthly_usd: 55,
          currency: 'USD',
          price_source: 'aws_price_list',
        }),
        event(IDLE_IP, 'aws.cost.ec2.estimated_monthly_waste_usd', 3.65),
      ],
      AWS,
    );
    expect(cost.waste.map((w) => [w.resource_id, w.reason])).toEqual([
      [ORPHAN_VOLUME, 'unattached volume'],
      [IDLE_IP, ''],
    ]);
  });

  it('says waste is unknown, and why, when prices could not be read or cost was not collected', async () => {
    const withCost = { ...scan, options: { ...scan.options, cost: true } };
    const unpriced = await buildReportModel(
      withCost,
      units,
      [
        event(
          `arn:aws:ec2:eu-west-1:${ACCOUNT_ID}:region/eu-west-1`,
          'aws.cost.ec2.pricing_unavailable',
          {
            error_code: 'AccessDeniedException',
            detail: 'The AWS Price List API could not be read',
          },
        ),
      ],
      AWS,
    );
    expect(unpriced.cost.waste_status).toBe('unknown');
    expect(unpriced.cost.waste_unknown_reasons).toEqual([
      'ec2 eu-west-1: The AWS Price List API could not be read (AccessDeniedException)',
    ]);
    const notCollected = await buildReportModel(scan, units, [], AWS);
    expect(notCollected.cost.waste_status).toBe('unknown');
    expect(notCollected.cost.waste_unknown_reasons[0]).toContain('did not collect cost');
    const priced = await buildReportModel(withCost, units, events, AWS);
    expect(priced.cost).toMatchObject({ waste_status: 'estimated', waste_unknown_reasons: [] });
  });

  it("lists idle resources under the scan's own CPU threshold", async () => {
    const strict = { ...scan, options: { ...scan.options, thresholds: { idle_cpu_percent: 70 } } };
    const { performance } = await buildReportModel(strict, units, events, AWS);
    expect(performance.idle_threshold_percent).toBe(70);
    expect(performance.idle.map((r) => r.resource_id)).toEqual([BATCH, WEB]);
  });

  it('highlights the busiest, idle and failing resources and unreadable metrics', async () => {
    const { performance } = await buildReportModel(scan, units, events, AWS);
    // Utilisation by role: the average CPU is one; a maximum plays none.
    expect(performance.busiest.map((b) => [b.metric_type, b.resources[0]])).toEqual([
      ['aws.performance.ec2.cpu_utilization.average', { resource_id: WEB, value: 61.5 }],
    ]);
    expect(performance.idle).toEqual([
      {
        resource_id: BATCH,
        metric_type: 'aws.performance.ec2.cpu_utilization.average',
        value: 1.2,
      },
    ]);
    expect(performance.status_check_failures.map((s) => s.resource_id)).toEqual([BATCH]);
    expect(performance.unavailable).toEqual([
      {
        metric_type: 'aws.performance.ec2.agent_metrics_unavailable',
        resources: 1,
        reason: 'the CloudWatch agent publishes no memory metric',
      },
    ]);
  });

  it('names resource types with the provider’s reader, the service where it names none', async () => {
    const typeOf = awsProvider.resourceIds.typeOf;
    const typed = await buildReportModel(scan, units, events, { ...AWS, resourceTypeOf: typeOf });
    const type = (id: string) => typed.inventory.find((r) => r.resource_id === id)?.type;
    expect(type(WEB)).toBe('instance');
    expect(type(LOGS_BUCKET)).toBe('bucket');
    const untyped = await buildReportModel(scan, units, events, { now: NOW });
    expect(untyped.inventory.find((r) => r.resource_id === WEB)?.type).toBe('ec2');
  });
});

describe('what counts as a check result', () => {
  it('needs a known status and severity and a title; other security values are facts', async () => {
    const base = { status: 'FAIL', severity: 'high', title: 'Root has MFA', reason: 'no MFA' };
    const cases: [string, unknown, boolean][] = [
      [
        'complete',
        { ...base, remediation: { text: 'enable MFA' }, compliance: { cis: ['1.5'] } },
        true,
      ],
      ['without remediation or compliance', { ...base }, true],
      ['lower-case status', { ...base, status: 'fail' }, false],
      ['unknown severity', { ...base, severity: 'urgent' }, false],
      ['no title', { ...base, title: '' }, false],
      ['remediation as text', { ...base, remediation: 'enable MFA' }, false],
      ['a count', 3, false],
    ];
    for (const [name, value, counted] of cases) {
      const model = await buildReportModel(scan, units, [
        event(ACCOUNT_ID, 'aws.security.iam.root_mfa_enabled', value as never, 'global'),
      ]);
      expect(model.findings.length, name).toBe(counted ? 1 : 0);
    }
  });
});
