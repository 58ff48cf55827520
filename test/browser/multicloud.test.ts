import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGoogle } from '../../src/providers/gcp/testing/fake-google.js';
import type { FakeArm } from '../../src/providers/azure/testing/fake-arm.js';
import { startFakeTenant } from '../azure/fake-tenant.js';
import { ORGANIZATION, startFakeOrganization } from '../gcp/fake-organization.js';
import { hasChromium, startDashboard, type Dashboard } from './harness.js';

const GCP_TOKEN = 'ya29.browser-static-token-0123456789';
const AZURE_TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.QnJvd3Nlcg.c2lnbmF0dXJl';
const ENDPOINTS = [
  'CLOUDDIAGNOZE_GCP_ENDPOINT',
  'CLOUDDIAGNOZE_AZURE_ARM_ENDPOINT',
  'CLOUDDIAGNOZE_AZURE_METRICS_ENDPOINT',
  'CLOUDDIAGNOZE_AZURE_PRICES_ENDPOINT',
] as const;
const FINISHED = ['SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED'];

/**
 * A GCP organization and an Azure tenant scanned from the dashboard's form as a user would,
 * against the local REST fakes (through the endpoint overrides), then read on every page: the
 * provider's own auth modes, its findings and frameworks, its resources, its cost and the report.
 */
describe.skipIf(!hasChromium)('the dashboard with GCP and Azure', () => {
  let google: FakeGoogle;
  let arm: FakeArm;
  let dash: Dashboard;
  const saved = Object.fromEntries(ENDPOINTS.map((k) => [k, process.env[k]]));

  beforeAll(async () => {
    google = await startFakeOrganization();
    arm = await startFakeTenant();
    process.env['CLOUDDIAGNOZE_GCP_ENDPOINT'] = google.url;
    process.env['CLOUDDIAGNOZE_AZURE_ARM_ENDPOINT'] = arm.url;
    process.env['CLOUDDIAGNOZE_AZURE_METRICS_ENDPOINT'] = arm.url;
    process.env['CLOUDDIAGNOZE_AZURE_PRICES_ENDPOINT'] = `${arm.url}/api/retail/prices`;
    dash = await startDashboard();
    const { page } = dash;
    await page.goto(dash.base);
    await page.getByLabel('API key').fill(dash.acmeKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Scans', level: 1 }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await dash?.close();
    await google?.close();
    await arm?.close();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  /** Fills the form for a provider whose every service and region is scanned, and launches it. */
  async function launch(provider: string, authTitle: string, fields: Record<string, string>) {
    const { page } = dash;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'New scan' })
      .click();
    await page.getByRole('heading', { name: 'New scan' }).waitFor();
    await page.getByLabel('Provider').selectOption(provider);
    await page.getByLabel('Client id').fill('ACME');
    await page.getByRole('button', { name: 'Select all' }).click();
    const everyRegion = page.getByLabel('Every region enabled for the account');
    if ((await everyRegion.count()) > 0) await everyRegion.check();
    await page.getByLabel(authTitle, { exact: true }).check();
    for (const [field, value] of Object.entries(fields))
      await page.locator(`#f-auth_mode-${field}`).fill(value);
    const cost = page.locator('#f-options-cost');
    if ((await cost.count()) > 0) await cost.check();
    await page.getByRole('button', { name: 'Launch scan' }).click();
    await page.waitForURL(/#\/scans\/.+/);
    const scanId = decodeURIComponent(page.url().split('#/scans/')[1]!);
    const badge = page.locator('h1 .badge');
    await expect
      .poll(async () => (await badge.textContent()) ?? '', { timeout: 90_000, interval: 250 })
      .toSatisfy((status: string) => FINISHED.includes(status));
    return { scanId, status: await badge.textContent() };
  }

  /** The findings page of the scan, filtered to one framework: how many rows it lists. */
  async function findingsOf(framework: string): Promise<string[]> {
    const { page } = dash;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Findings' })
      .click();
    await page.locator('#findings-count').waitFor();
    await page.getByLabel('Framework', { exact: true }).selectOption(framework);
    const rows = page.locator('table.findings tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    return rows.allTextContents();
  }

  async function htmlReport(): Promise<string> {
    const [download] = await Promise.all([
      dash.page.waitForEvent('download'),
      dash.page.getByRole('button', { name: 'HTML report' }).click(),
    ]);
    return readFileSync((await download.path())!, 'utf8');
  }

  it('scans a GCP organization with its own auth mode and shows it on every page', async () => {
    const { page } = dash;
    const { status } = await launch('gcp', 'Access token (obtained elsewhere)', {
      access_token: GCP_TOKEN,
      organization_id: ORGANIZATION,
    });
    expect(status).not.toBe('FAILED');
    // One unit per project and service: both projects of the organization are there.
    const units = await page.locator('table.units tbody').textContent();
    expect(units).toContain('acme-prod');
    expect(units).toContain('acme-dev');
    await dash.shot('mc-01-gcp-scan');

    const rows = await findingsOf('cis_gcp_4.0');
    expect(rows.join('\n')).toMatch(/FAIL/);
    expect(rows.join('\n')).toContain('cis_gcp_4.0');
    await dash.shot('mc-02-gcp-findings');

    const report = await htmlReport();
    expect(report).toContain('CIS Google Cloud Platform Foundation Benchmark');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Resources' })
      .click();
    await page
      .locator('tr', { hasText: '/instances/web-1' })
      .first()
      .getByRole('link', { name: 'web-1', exact: true })
      .click();
    const detail = page.locator('.resource-detail');
    await detail.locator('.dim-metadata .fact').first().waitFor();
    expect(await detail.locator('p.mono').textContent()).toMatch(
      /^\/\/compute\.googleapis\.com\/projects\/acme-(prod|dev)\/zones\/.+\/instances\/web-1$/,
    );
    expect(await detail.locator('.dim-performance').textContent()).toContain('cpu');
    expect(await detail.textContent()).not.toMatch(/[{[]"/);
    await dash.shot('mc-03-gcp-resource');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Cost' })
      .click();
    const waste = page.locator('table.waste tbody tr');
    await waste.first().waitFor();
    expect(await waste.first().textContent()).toMatch(/\$\d/);
    await dash.shot('mc-04-gcp-cost');
    expect(await page.locator('body').textContent()).not.toContain(GCP_TOKEN);
  }, 150_000);

  it('scans an Azure tenant with its own auth mode and shows it on every page', async () => {
    const { page } = dash;
    // Azure's own names for its auth modes, not another provider's.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'New scan' })
      .click();
    await page.getByLabel('Provider').selectOption('azure');
    const modes = await page
      .locator('input[name="auth-mode"]')
      .evaluateAll((els) => els.map((e) => e.parentElement?.textContent?.trim()));
    expect(modes).toContain('Default chain (environment, managed identity, Azure CLI)');
    expect(modes).not.toContain('SDK default chain (environment, SSO, instance role)');

    const { status } = await launch('azure', 'Access token (obtained elsewhere)', {
      access_token: AZURE_TOKEN,
    });
    // The fake tenant holds a disabled subscription: its units fail, the enabled ones go on.
    expect(status).toBe('PARTIAL');
    await dash.shot('mc-05-azure-scan');

    const rows = await findingsOf('cis_azure_4.0');
    expect(rows.join('\n')).toMatch(/FAIL/);
    await dash.shot('mc-06-azure-findings');

    const report = await htmlReport();
    expect(report).toContain('CIS Microsoft Azure Foundations Benchmark');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Resources' })
      .click();
    const first = page.locator('table tbody tr a').first();
    await first.waitFor();
    expect(await page.locator('table tbody').textContent()).toContain('/subscriptions/');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Cost' })
      .click();
    const waste = page.locator('table.waste tbody tr');
    await waste.first().waitFor();
    expect(await waste.first().textContent()).toMatch(/\$\d/);
    await dash.shot('mc-07-azure-cost');
    expect(await page.locator('body').textContent()).not.toContain(AZURE_TOKEN);
  }, 150_000);
});
