import { describe, expect, it } from 'vitest';
import { AWS_REPORT_CONTEXT } from '../reports/fixtures/context.js';
import { events, scan, units } from '../reports/fixtures/scan.js';
import { buildReportModel } from '../reports/index.js';
import { renderScanSummary } from './scan-summary.js';

describe('scan --output table: the summary', () => {
  it('prints resources by service, findings by status and severity, and cost — not the events', async () => {
    const model = await buildReportModel(scan, units, events, {
      now: new Date('2026-11-20T10:05:00Z'),
      ...AWS_REPORT_CONTEXT,
    });
    const text = renderScanSummary(model);
    expect(text).toMatch(/^Scan \S+ \w+ · 8 resources · \d+ events/);
    expect(text).toMatch(/SERVICE\s+RESOURCES\s+EVENTS\n(?:.*\n)*?\s+ec2\s+4\s+\d+\n/);
    expect(text).toMatch(/STATUS\s+PASS\s+FAIL\s+MANUAL\s+ERROR\n\s+results\s+1\s+3\s+1\s+0/);
    expect(text).toMatch(/FAILED BY SEVERITY\s+critical\s+high/);
    expect(text).toContain('2026-10: $1,234.50');
    expect(text).toContain('Every event: --events');
    expect(text).not.toContain('aws.metadata.ec2.instance_type');
    expect(text.split('\n').length).toBeLessThan(40);
  });
});
