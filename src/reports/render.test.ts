import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InMemoryStore } from '../api/test-support.js';
import type { CbpEvent } from '../core/index.js';
import { csvCell, eventsCsv, findingsCsv } from './csv.js';
import { AWS_REPORT_CONTEXT } from './fixtures/context.js';
import { LOGS_BUCKET, WEB, event, events, scan, units } from './fixtures/scan.js';
import { renderHtml } from './html.js';
import { renderReport, type RenderedReport } from './index.js';
import { CHROMIUM_PATH, htmlToPdf, PdfUnavailableError } from './pdf.js';
import { buildReportModel, scanEvents } from './source.js';

const NOW = new Date('2026-11-20T10:05:00.000Z');

async function text(body: RenderedReport['body']): Promise<string> {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  let out = '';
  for await (const part of body) out += part;
  return out;
}

async function* from(list: CbpEvent[]): AsyncGenerator<CbpEvent> {
  yield* list;
}

async function storeWithScan(list: CbpEvent[] = events): Promise<InMemoryStore> {
  const store = new InMemoryStore();
  await store.createScan(scan, null);
  for (const unit of units) store.units.set(unit.id, structuredClone(unit));
  await store.insertEvents(list);
  return store;
}

describe('HTML report', () => {
  it('holds the summary, findings, cost, performance and inventory in one self-contained page', async () => {
    const html = renderHtml(
      await buildReportModel(scan, units, events, { now: NOW, ...AWS_REPORT_CONTEXT }),
    );
    for (const heading of [
      'Summary',
      'Findings',
      'Cost',
      'Performance highlights',
      'Inventory (8 resources)',
    ])
      expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain('instance web-1: IMDSv1 allowed');
    expect(html).toContain('$1,234.50');
    expect(html).toContain('unattached gp2 volume');
    expect(html).toContain('UnauthorizedOperation');
    expect(html).toContain('aws ec2 fix-instance-imdsv2-required');
    // Nothing is fetched: no script, stylesheet link, image or external URL.
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|https?:\/\//i);
  });

  it('escapes every value taken from the cloud', async () => {
    const hostile = event(WEB, 'aws.metadata.ec2.instance_tags', {
      Name: '<script>alert(1)</script>',
    });
    const html = renderHtml(
      await buildReportModel(scan, units, [hostile], { now: NOW, ...AWS_REPORT_CONTEXT }),
    );
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const bucket = renderHtml(
      await buildReportModel(scan, units, events, { now: NOW, ...AWS_REPORT_CONTEXT }),
    );
    expect(bucket).toContain('Logs &lt;prod&gt;');
  });

  it('says so when a scan has no cost data and no check results', async () => {
    const html = renderHtml(
      await buildReportModel(
        scan,
        units,
        [event(WEB, 'aws.metadata.ec2.instance_type', 't3.micro')],
        { now: NOW },
      ),
    );
    expect(html).toContain('This scan holds no cost data');
    expect(html).toContain('No security check results in this scan');
    expect(html).toContain('No performance metrics in this scan');
  });
});

describe('CSV exports', () => {
  it('writes one line per event, objects as JSON, with RFC 4180 quoting', async () => {
    const csv = await text(eventsCsv(from(events)));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'timestamp,client_id,account_id,region,service,category,resource_id,metric_type,metric_value',
    );
    expect(lines).toHaveLength(events.length + 1);
    expect(lines).toContain(
      `2026-11-20T11:01:00.000+01:00,ACME,123456789012,eu-west-1,ec2,metadata,${WEB},aws.metadata.ec2.instance_tags,"{""Name"":""web-1"",""env"":""prod""}"`,
    );
  });

  it('keeps a spreadsheet from evaluating a value as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('lists check results only in the findings export, with compliance and remediation', async () => {
    const csv = await text(findingsCsv(from(events)));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'check_id,status,severity,title,service,region,account_id,resource_id,reason,compliance,remediation,timestamp',
    );
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.startsWith('bucket_versioning_enabled'))).toBe(
      `bucket_versioning_enabled,FAIL,low,bucket versioning enabled,s3,global,123456789012,${LOGS_BUCKET},versioning Suspended,cis_aws_7.0:2.1.3,Fix bucket_versioning_enabled,2026-11-20T11:01:00.000+01:00`,
    );
  });
});

describe('renderReport', () => {
  it('JSON: the report model and every event of the scan, or the model alone', async () => {
    const store = await storeWithScan();
    const full = await renderReport(store, scan, {
      format: 'json',
      now: NOW,
      ...AWS_REPORT_CONTEXT,
    });
    expect(full.contentType).toBe('application/json; charset=utf-8');
    expect(full.filename).toBe('clouddiagnoze-ACME-scan-7f3a.json');
    const doc = JSON.parse(await text(full.body));
    expect(doc.format).toBe('clouddiagnoze.report.v1');
    expect(doc.summary.resources).toBe(8);
    expect(doc.findings).toHaveLength(5);
    expect(doc.events).toHaveLength(events.length);
    expect(doc.events[0]).toMatchObject({ scan_id: scan.id, category: 'metadata' });
    expect(doc.scan.units).toHaveLength(3);

    const lean = JSON.parse(
      await text(
        (
          await renderReport(store, scan, {
            format: 'json',
            includeEvents: false,
            ...AWS_REPORT_CONTEXT,
          })
        ).body,
      ),
    );
    expect(lean.events).toBeUndefined();
    expect(lean.cost.waste_total_usd).toBe(77.01);
  });

  it('CSV of findings is named apart from the events export', async () => {
    const store = await storeWithScan();
    const report = await renderReport(store, scan, { format: 'csv', dataset: 'findings' });
    expect(report.filename).toBe('clouddiagnoze-ACME-scan-7f3a-findings.csv');
    expect((await text(report.body)).split('\r\n')[1]).toMatch(
      /^instance_imdsv2_required,FAIL,high/,
    );
  });

  it('reads a scan of many pages of events', async () => {
    const many = Array.from({ length: 5_003 }, (_, i) =>
      event(`${WEB}-${i}`, 'aws.metadata.ec2.instance_type', 't3.micro'),
    );
    const store = await storeWithScan(many);
    let count = 0;
    for await (const _ of scanEvents(store, scan.id)) count += 1;
    expect(count).toBe(5_003);
  });
});

const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasChromium)
  console.warn(`PDF test skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);

describe('PDF report', () => {
  it.skipIf(!hasChromium)('prints the HTML report with headless Chromium', async () => {
    const store = await storeWithScan();
    const report = await renderReport(store, scan, {
      format: 'pdf',
      now: NOW,
      ...AWS_REPORT_CONTEXT,
    });
    expect(report.contentType).toBe('application/pdf');
    const pdf = report.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it('explains what is missing when Chromium is not installed', async () => {
    await expect(
      htmlToPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' }),
    ).rejects.toThrow(PdfUnavailableError);
    await expect(
      htmlToPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' }),
    ).rejects.toThrow(/apt-get install chromium/);
  });
});
