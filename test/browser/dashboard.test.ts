import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CloudWatchClient,
  GetMetricDataCommand,
  ListMetricsCommand,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeAddressesCommand,
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import {
  CostExplorerClient,
  GetCostAndUsageCommand,
  GetCostForecastCommand,
  GetRightsizingRecommendationCommand,
  type GetCostAndUsageCommandInput,
} from '@aws-sdk/client-cost-explorer';
import {
  GetProductsCommand,
  PricingClient,
  type GetProductsCommandInput,
} from '@aws-sdk/client-pricing';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeAddresses,
  describeInstancesPage1,
  describeInstancesPage2,
  describeVolumes,
} from '../../src/providers/aws/services/ec2/fixtures/sdk-responses.js';
import * as costExplorer from '../../src/providers/aws/services/cost/fixtures/responses.js';
import {
  ebsStorageProducts,
  idleAddressProducts,
  m3LargeProducts,
  snapshotStorageProducts,
} from '../../src/providers/aws/fixtures/price-list.js';
import { ARTIFACTS, hasChromium, startDashboard, type Dashboard } from './harness.js';

const ACCOUNT = '123456789012';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!hasChromium)('dashboard in headless Chromium', () => {
  const sts = mockClient(STSClient);
  const ec2 = mockClient(EC2Client);
  const cloudwatch = mockClient(CloudWatchClient);
  const pricing = mockClient(PricingClient);
  const ce = mockClient(CostExplorerClient);
  let dash: Dashboard;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;
  let acmeKey: string;

  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
  /** A property of the focused element (the test compiles without the DOM's types). */
  const focused = (field: 'textContent' | 'id' | 'outerHTML') =>
    page.evaluate((f) => {
      type Doc = { document: { activeElement: Record<string, unknown> | null } };
      return (globalThis as unknown as Doc).document.activeElement?.[f];
    }, field);
  const shot = (name: string) => dash.shot(name);

  beforeAll(async () => {
    sts.on(GetCallerIdentityCommand).resolves({
      Account: ACCOUNT,
      Arn: `arn:aws:iam::${ACCOUNT}:user/scanner`,
      UserId: 'AIDAEXAMPLE',
    });
    ec2.on(DescribeRegionsCommand).resolves({
      Regions: [
        { RegionName: 'eu-west-1', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' },
      ],
    });
    // Slow enough for the page to show the scan running (ap-south-1: until it is cancelled);
    // us-east-1 denies the call.
    ec2.on(DescribeInstancesCommand).callsFake(async (input: { NextToken?: string }, getClient) => {
      const region = await getClient().config.region();
      await sleep(region === 'ap-south-1' ? 20_000 : 1500);
      if (region === 'us-east-1') {
        throw Object.assign(new Error('You are not authorized to perform this operation.'), {
          name: 'UnauthorizedOperation',
          $fault: 'client',
          $metadata: { httpStatusCode: 403 },
        });
      }
      return input.NextToken ? describeInstancesPage2 : describeInstancesPage1;
    });
    ec2.on(DescribeVolumesCommand).resolves(describeVolumes);
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [] });
    ec2.on(DescribeAddressesCommand).resolves(describeAddresses);
    cloudwatch.on(ListMetricsCommand).resolves({ Metrics: [] });
    cloudwatch
      .on(GetMetricDataCommand)
      .callsFake((input: { MetricDataQueries?: { Id?: string }[] }) => ({
        MetricDataResults: (input.MetricDataQueries ?? []).map((q) => ({
          Id: q.Id,
          StatusCode: 'Complete',
          Timestamps: [new Date()],
          Values: [12.5],
        })),
      }));

    // The Price List API's answers for the fixtures' volumes, addresses and instance types.
    pricing.on(GetProductsCommand).callsFake((input: GetProductsCommandInput) => {
      const filter = (field: string) => input.Filters?.find((f) => f.Field === field)?.Value;
      if (input.ServiceCode === 'AmazonVPC') return { PriceList: idleAddressProducts };
      if (filter('productFamily') === 'Storage') return { PriceList: ebsStorageProducts };
      if (filter('productFamily') === 'Storage Snapshot')
        return { PriceList: snapshotStorageProducts };
      if (filter('instanceType') === 'm3.large') return { PriceList: m3LargeProducts };
      return { PriceList: [] };
    });
    ce.on(GetCostAndUsageCommand).callsFake((input: GetCostAndUsageCommandInput) => {
      if (input.Granularity === 'DAILY') return costExplorer.daily;
      if (input.GroupBy?.some((g) => g.Key === 'LINKED_ACCOUNT'))
        return costExplorer.linkedAccounts;
      return input.NextPageToken === 'AAMA-EFRSURBSHhrU2VZ'
        ? costExplorer.monthlyPage2
        : costExplorer.monthlyPage1;
    });
    ce.on(GetCostForecastCommand).resolves(costExplorer.forecast);
    ce.on(GetRightsizingRecommendationCommand).resolves(costExplorer.rightsizing);

    dash = await startDashboard();
    ({ app, browser, page, base, acmeKey } = dash);
  });

  afterAll(async () => {
    await dash?.close();
    sts.restore();
    ec2.restore();
    cloudwatch.restore();
    pricing.restore();
    ce.restore();
  });

  it('launches a scan from the form, follows it live, explores it and exports its report', async () => {
    // Sign in with a tenant key.
    await page.goto(base);
    await page.getByLabel('API key').fill('cdz_not_a_key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not known');
    await page.getByLabel('API key').fill(acmeKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Scans', level: 1 }).waitFor();
    await page.getByText('No scan yet').waitFor();

    // The form refuses what the API would refuse, next to the fields.
    await nav('New scan').click();
    await page.getByRole('heading', { name: 'New scan' }).waitFor();
    await page.getByLabel('Client id').fill('GLOBEX');
    await page.getByLabel('Assume a role (STS)').check();
    await page.getByLabel('Role arn').fill('arn:aws:iam::12345:role/x');
    await page.getByRole('button', { name: 'Launch scan' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('services: choose at least one');
    expect(await page.locator('#f-auth_mode-role_arn-error').textContent()).toBe(
      'is not in the expected format',
    );
    expect(await page.locator('#f-regions-error').textContent()).toContain(
      'choose at least one region',
    );
    expect(await page.getByLabel('Role arn').getAttribute('aria-invalid')).toBe('true');
    await shot('01-new-scan-client-validation');

    // Valid for the schema, refused by the API (another tenant): the API's issue shows at its field.
    await page.getByLabel('Access keys').check();
    await page.getByLabel('Access key id').fill('AKIAIOSFODNN7EXAMPLE');
    await page.getByLabel('Secret access key').fill('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    await page.getByRole('checkbox', { name: /EC2/ }).check();
    await page.getByRole('checkbox', { name: /Cost Explorer/ }).check();
    // Only the sinks configured here are offered; the hint says what configures the others.
    const sinks = page.locator('#f-options-sinks');
    expect(await sinks.getByRole('checkbox').count()).toBe(3);
    expect(await sinks.textContent()).toContain(
      'Not configured here: opsteamize (set OPSTEAMIZE_URL), webhook (set CLOUDDIAGNOZE_WEBHOOK_URL).',
    );
    // Regions of one partition at a time: commercial by default, China or GovCloud on demand.
    const regionBoxes = page.locator('.choices.regions input');
    const offered = () => regionBoxes.evaluateAll((els) => els.map((e) => e.getAttribute('value')));
    expect(await offered()).toContain('eu-west-1');
    expect(await offered()).not.toContain('cn-north-1');
    await page.getByLabel('Partition').selectOption({ label: 'AWS China' });
    expect(await offered()).toEqual(['cn-north-1', 'cn-northwest-1']);
    await page.getByLabel('Partition').selectOption({ label: 'AWS (commercial regions)' });
    await page.getByRole('checkbox', { name: 'eu-west-1', exact: true }).check();
    await page.getByRole('checkbox', { name: 'us-east-1', exact: true }).check();
    await page.getByLabel('Metrics window days').fill('7');
    await page.getByRole('button', { name: 'Launch scan' }).click();
    await expect
      .poll(() => page.locator('#f-client_id-error').textContent())
      .toBe('must be ACME for this API key');
    await shot('02-new-scan-api-issue');

    await page.getByLabel('Client id').fill('ACME');
    await page.getByRole('button', { name: 'Launch scan' }).click();

    // Live progress, without reloading: QUEUED/RUNNING, then the end state.
    await page.waitForURL(/#\/scans\/.+/);
    const scanId = decodeURIComponent(page.url().split('#/scans/')[1]!);
    const badge = page.locator('h1 .badge');
    const seen: string[] = [];
    let sawUnitsRunning = false;
    for (let i = 0; i < 300; i += 1) {
      const status = (await badge.textContent().catch(() => null)) ?? '';
      if (status && seen.at(-1) !== status) seen.push(status);
      if (status === 'RUNNING' && !sawUnitsRunning) {
        if ((await page.locator('table.units tbody tr').count()) === 3) {
          sawUnitsRunning = true;
          await shot('03-scan-running');
        }
      }
      if (['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'].includes(status)) break;
      await sleep(100);
    }
    expect(seen).toContain('RUNNING');
    expect(seen.at(-1)).toBe('PARTIAL');
    expect(sawUnitsRunning).toBe(true);
    await page.getByText('3 / 3 units').waitFor();
    const denied = page.locator('table.units tr', { hasText: 'us-east-1' });
    expect(await denied.textContent()).toContain('UnauthorizedOperation');
    expect(await page.locator('body').textContent()).not.toContain('wJalrXUtnFEMI');
    await shot('04-scan-done');

    // The list shows it too.
    await nav('Scans').click();
    const row = page.locator(`tr[data-scan-id="${scanId}"]`);
    await row.waitFor();
    expect(await row.locator('.badge').textContent()).toBe('PARTIAL');
    await shot('05-scans-list');

    // Resource explorer: every dimension of one instance side by side.
    await nav('Resources').click();
    await page.getByRole('link', { name: 'web-1', exact: true }).click();
    const detail = page.locator('.resource-detail');
    await detail.getByRole('heading', { name: 'web-1' }).waitFor();
    await detail.locator('.dim-metadata .fact').first().waitFor();
    expect(await detail.locator('.dim-metadata').textContent()).toContain('t3.medium');
    expect(await detail.locator('.dim-performance').textContent()).toContain('12.5');
    expect(await detail.locator('.dim-security').textContent()).toMatch(/PASS.*high/);
    // Structured facts read as tables and labelled values, never as JSON.
    const headers = detail.locator('.dim-metadata table.fact-table th');
    expect(await headers.allTextContents()).toEqual(
      expect.arrayContaining(['Id', 'Name', 'Volume id', 'Size gib', 'Encrypted']),
    );
    expect(await detail.textContent()).not.toMatch(/[{[]"/);
    await shot('06-resource-detail');

    // Findings: filter to the failed high-severity ones.
    await nav('Findings').click();
    const count = page.locator('#findings-count');
    await count.waitFor();
    const failedAll = await count.textContent();
    await page.getByLabel('Severity', { exact: true }).selectOption('high');
    await expect.poll(() => count.textContent()).not.toBe(failedAll);
    const rows = page.locator('table.findings tbody tr');
    // The real checks' high-severity failures of the fixtures: IMDSv1 allowed, a public address.
    expect(await rows.count()).toBe(2);
    expect(await rows.allTextContents()).toEqual([
      expect.stringContaining('allows IMDSv1 (HttpTokens optional)'),
      expect.stringContaining('has the public address 34.245.10.20'),
    ]);
    await page.getByLabel('Status', { exact: true }).selectOption('PASS');
    await expect
      .poll(async () => {
        const texts = await rows.allTextContents();
        return texts.length > 0 && texts.every((t) => t.includes('PASS'));
      })
      .toBe(true);
    await page.getByLabel('Status', { exact: true }).selectOption('FAIL');
    await page.getByLabel('Severity', { exact: true }).selectOption('');
    await rows.first().getByText('Remediation and compliance').click();
    await shot('07-findings');

    // Export: the HTML report and the findings CSV, downloaded with the key in the header.
    const [html] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'HTML report' }).click(),
    ]);
    expect(html.suggestedFilename()).toBe(`clouddiagnoze-ACME-${scanId}.html`);
    const report = readFileSync((await html.path())!, 'utf8');
    expect(report).toContain('CloudDiagnoze report — ACME');
    expect(report).toContain('allows IMDSv1 (HttpTokens optional)');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Findings CSV' }).click(),
    ]);
    const lines = readFileSync((await csv.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^check_id,status,severity/);
    expect(lines.some((l) => l.startsWith('ec2_instance_imdsv2_enabled,FAIL,high'))).toBe(true);
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PDF report' }).click(),
    ]);
    expect(
      readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // Open the HTML report itself, as a user would, and keep a picture of it.
    const reportPage = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await reportPage.setContent(report);
    await reportPage.screenshot({ path: join(ARTIFACTS, '08-html-report.png'), fullPage: true });
    await reportPage.close();

    // Cost: charts by month and the waste ranked by dollars.
    await nav('Cost').click();
    await page.getByText('By month').waitFor();
    expect(await page.locator('figure.chart canvas').count()).toBeGreaterThan(0);
    const waste = page.locator('table.waste tbody tr');
    expect(await waste.count()).toBeGreaterThan(0);
    expect(await waste.first().textContent()).toMatch(
      /vol-0a1b2c3d4e5f00006.*unattached volume.*\$55\.00/,
    );
    await shot('09-cost');

    // Events browser with the API's filters.
    await nav('Events').click();
    await page.getByLabel('Scan id').fill(scanId);
    await page.getByLabel('Metric type').fill('aws.performance.');
    await page.getByRole('button', { name: 'Search' }).click();
    const events = page.locator('table.events tbody tr');
    await events.first().waitFor();
    for (const text of await events.allTextContents()) expect(text).toContain('aws.performance.');
    await page.getByLabel('Page size').fill('0');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#ev-limit-error').waitFor();
    await shot('10-events');

    // A scan started elsewhere appears in the list by itself, and is cancelled from it.
    await nav('Scans').click();
    await page.locator(`tr[data-scan-id="${scanId}"]`).waitFor();
    const posted = await app.inject({
      method: 'POST',
      url: '/api/v1/scans',
      headers: { authorization: `Bearer ${acmeKey}` },
      payload: {
        provider: 'aws',
        services: ['ec2'],
        regions: ['ap-south-1'],
        client_id: 'ACME',
        auth_mode: {
          type: 'access_keys',
          access_key_id: 'AKIAIOSFODNN7EXAMPLE',
          secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        },
      },
    });
    const slow = page.locator(`tr[data-scan-id="${posted.json<{ scan_id: string }>().scan_id}"]`);
    await slow.waitFor();
    await expect.poll(() => slow.locator('.badge').textContent()).toBe('RUNNING');
    await slow.getByRole('button', { name: 'Cancel scan' }).click();
    await slow.getByRole('button', { name: 'Stop it' }).click();
    await expect.poll(() => slow.locator('.badge').textContent()).toBe('CANCELLED');
    await shot('11-scans-cancelled');

    // Keyboard: on a fresh page the first Tab reaches the skip link, which moves the focus to the
    // content; a link followed with Enter moves the focus to the new page's heading.
    await page.reload();
    await page.getByRole('heading', { name: 'Scans', level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused('textContent')).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await focused('id')).toBe('main');
    await nav('Findings').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused('outerHTML')).toBe('<h1 tabindex="-1">Findings</h1>');
  }, 120_000);
});
