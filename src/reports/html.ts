import { CATEGORIES, CHECK_STATUSES, SEVERITIES, type CheckStatus } from '../core/index.js';
import type { CostAmount } from './cost.js';
import type { CheckInfo, Finding } from './findings.js';
import type { InventoryItem, ReportModel } from './model.js';

/** Escapes text for HTML content and attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const usdFormat = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 2,
});
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export const usd = (value: number): string => usdFormat.format(value);
const num = (value: number): string => numberFormat.format(value);

const MAX_FINDING_ROWS = 2000;
const MAX_WASTE_ROWS = 100;

const CSS = `
:root{--ink:#1c2433;--muted:#5b6475;--line:#d9dee7;--soft:#f4f6f9;--accent:#1f5fbf;
--critical:#8b0f2e;--high:#c2410c;--medium:#a16207;--low:#2563eb;--informational:#4b5563;--pass:#15803d}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);margin:0;background:#fff}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--ink)}
h3{font-size:15px;margin:18px 0 6px}
.meta{color:var(--muted);margin:0 0 16px}.meta span{margin-right:16px;white-space:nowrap}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:10px;margin:12px 0}
.card{border:1px solid var(--line);border-radius:6px;padding:10px 12px;background:var(--soft);break-inside:avoid}
.card b{display:block;font-size:22px}.card small{color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:12.5px}
th,td{border-bottom:1px solid var(--line);padding:5px 6px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr{break-inside:avoid}
.id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:11.5px;word-break:break-all;color:var(--muted)}
.sev{display:inline-block;padding:1px 7px;border-radius:10px;color:#fff;font-size:11px;font-weight:600;text-transform:uppercase}
.sev.critical{background:var(--critical)}.sev.high{background:var(--high)}.sev.medium{background:var(--medium)}
.sev.low{background:var(--low)}.sev.informational{background:var(--informational)}
.st{font-weight:600}.st.FAIL{color:var(--critical)}.st.PASS{color:var(--pass)}.st.ERROR{color:var(--high)}.st.MANUAL{color:var(--muted)}
.bar{display:flex;align-items:center;gap:8px}.bar i{display:block;height:12px;background:var(--accent);border-radius:2px;min-width:1px}
.bars td:first-child{width:30%}
.empty{color:var(--muted);font-style:italic}
.note{color:var(--muted);font-size:12px}
.facts{margin:0;padding:0;list-style:none;font-size:12px}.facts li{display:inline-block;margin-right:10px}
.facts span{color:var(--muted)}
@page{size:A4;margin:14mm 12mm}
@media print{main{padding:0;max-width:none}h2{break-after:avoid}}
`;

function table(headers: string[], rows: string[][], numeric: number[] = []): string {
  const cell = (tag: string, i: number, content: string) =>
    `<${tag}${numeric.includes(i) ? ' class="n"' : ''}>${content}</${tag}>`;
  return (
    `<table><thead><tr>${headers.map((h, i) => cell('th', i, esc(h))).join('')}</tr></thead><tbody>` +
    rows.map((r) => `<tr>${r.map((c, i) => cell('td', i, c)).join('')}</tr>`).join('') +
    '</tbody></table>'
  );
}

function bars(items: CostAmount[], limit = 15): string {
  if (items.length === 0) return '<p class="empty">No figures.</p>';
  const max = Math.max(...items.map((i) => i.usd), 0.01);
  const rows = items
    .slice(0, limit)
    .map((item) => [
      esc(item.name),
      `<div class="bar"><i style="width:${Math.max(0.5, (item.usd / max) * 100).toFixed(1)}%"></i>${esc(usd(item.usd))}</div>`,
    ]);
  return `<div class="bars">${table(['', 'USD'], rows)}</div>`;
}

/** A titled bar list, left out when the scan reports no such figure. */
const breakdown = (title: string, items: CostAmount[], limit?: number) =>
  items.length === 0 ? '' : `<h3>${esc(title)}</h3>${bars(items, limit)}`;

const sev = (s: string) => `<span class="sev ${esc(s)}">${esc(s)}</span>`;
const status = (s: string) => `<span class="st ${esc(s)}">${esc(s)}</span>`;
const id = (s: string) => `<span class="id">${esc(s)}</span>`;

function header(model: ReportModel): string {
  const { scan, summary } = model;
  const regions = scan.requested_regions?.join(', ') ?? 'all enabled';
  const accounts =
    summary.accounts.length > 0 ? summary.accounts.join(', ') : (scan.account_id ?? '—');
  return `<header>
<h1>CloudDiagnoze report — ${esc(scan.client_id)}</h1>
<p class="meta"><span>Scan <b>${esc(scan.id)}</b></span><span>Status <b>${esc(scan.status)}</b></span>
<span>Provider ${esc(scan.provider)}</span><span>Account ${esc(accounts)}</span></p>
<p class="meta"><span>Services ${esc(scan.services.join(', '))}</span><span>Regions ${esc(regions)}</span>
<span>Started ${esc(scan.started_at ?? scan.created_at)}</span><span>Finished ${esc(scan.finished_at ?? 'not yet')}</span>
<span>Generated ${esc(model.generated_at)}</span></p>
</header>`;
}

function summarySection(model: ReportModel): string {
  const { summary, cost, scan } = model;
  const failed = summary.findings.by_status.FAIL;
  const lastMonth = cost.months[cost.months.length - 1];
  const cards = [
    [num(summary.resources), 'resources'],
    [num(summary.events), 'events'],
    [num(failed), `failed checks of ${num(summary.findings.total)}`],
    [
      lastMonth ? usd(lastMonth.total_usd) : '—',
      lastMonth ? `cost in ${lastMonth.month}` : 'no cost data',
    ],
    cost.waste_status === 'unknown'
      ? ['unknown', 'waste / month (not priced: see Cost)']
      : [usd(cost.waste_total_usd), 'estimated waste / month'],
    [
      `${summary.units.total - summary.units.failed} / ${summary.units.total}`,
      summary.units.partial > 0
        ? `units ran (${summary.units.partial} partial: inputs not read)`
        : 'units succeeded',
    ],
  ];
  const failedUnits = scan.units.filter((u) => u.status === 'FAILED');
  return `<section><h2>Summary</h2>
<div class="cards">${cards.map(([v, l]) => `<div class="card"><b>${esc(v)}</b><small>${esc(l)}</small></div>`).join('')}</div>
${table(
  ['Dimension', ...CATEGORIES],
  [['Events', ...CATEGORIES.map((c) => num(summary.by_category[c]))]],
  CATEGORIES.map((_, i) => i + 1),
)}
${table(
  ['Service', 'Resources', 'Events'],
  summary.by_service.map((s) => [esc(s.service), num(s.resources), num(s.events)]),
  [1, 2],
)}
${
  failedUnits.length > 0
    ? `<h3>Units that failed</h3>${table(
        ['Service', 'Region', 'Account', 'Error'],
        failedUnits.map((u) => [
          esc(u.service),
          esc(u.region),
          esc(u.account_id),
          `<b>${esc(u.error?.code ?? '')}</b> ${esc(u.error?.message ?? '')}`,
        ]),
      )}`
    : ''
}
${scan.error ? `<p><b>Scan error:</b> ${esc(scan.error.code)} — ${esc(scan.error.message)}</p>` : ''}
</section>`;
}

function checksTable(model: ReportModel): string {
  const counts = new Map<string, Record<CheckStatus, number>>();
  for (const f of model.findings) {
    const c = counts.get(f.metric_type) ?? { PASS: 0, FAIL: 0, MANUAL: 0, ERROR: 0 };
    c[f.status] += 1;
    counts.set(f.metric_type, c);
  }
  const rows = [...model.checks]
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        a.check_id.localeCompare(b.check_id),
    )
    .map((check) => {
      const c = counts.get(check.metric_type)!;
      return [
        `${esc(check.title)}<br>${id(check.check_id)}`,
        esc(check.service),
        sev(check.severity),
        ...CHECK_STATUSES.map((s) => num(c[s])),
      ];
    });
  return table(['Check', 'Service', 'Severity', ...CHECK_STATUSES], rows, [3, 4, 5, 6]);
}

function remediation(check: CheckInfo): string {
  const r = check.remediation;
  if (!r) return '';
  const parts = [esc(r.text)];
  if (r.cli) parts.push(`<br><span class="id">${esc(r.cli)}</span>`);
  if (r.console) parts.push(`<br>Console: ${esc(r.console)}`);
  if (r.url) parts.push(`<br>${esc(r.url)}`);
  return parts.join('');
}

function findingsSection(model: ReportModel): string {
  const { summary, findings, compliance } = model;
  if (findings.length === 0) {
    return `<section><h2>Findings</h2><p class="empty">No security check results in this scan.</p></section>`;
  }
  const open = findings.filter((f) => f.status !== 'PASS');
  const shown = open.slice(0, MAX_FINDING_ROWS);
  const checksByMetric = new Map(model.checks.map((c) => [c.metric_type, c]));
  const failedChecks = [...new Set(open.map((f) => f.metric_type))]
    .map((m) => checksByMetric.get(m))
    .filter((c): c is CheckInfo => c !== undefined && c.remediation !== null);
  return `<section><h2>Findings</h2>
<div class="cards">${SEVERITIES.map(
    (s) =>
      `<div class="card"><b>${num(summary.findings.failed_by_severity[s])}</b><small>${sev(s)} failed</small></div>`,
  ).join('')}
<div class="card"><b>${num(summary.findings.by_status.PASS)}</b><small>passed</small></div></div>
${
  compliance.length > 0
    ? `<h3>Compliance frameworks</h3>${table(
        ['Framework', 'Controls', 'Failed', 'Error', 'Manual', 'Not evaluated', 'Passed'],
        compliance.map((f) => [
          `${esc(f.framework.name)} <span class="id">${esc(f.framework.id)}</span>`,
          num(f.totals.controls),
          num(f.totals.failed),
          num(f.totals.error),
          num(f.totals.manual),
          num(f.totals.not_evaluated),
          num(f.totals.passed),
        ]),
        [1, 2, 3, 4, 5, 6],
      )}`
    : ''
}
<h3>Checks</h3>${checksTable(model)}
<h3>Results that need attention (${num(open.length)})</h3>
${
  open.length === 0
    ? '<p class="empty">Every check passed.</p>'
    : table(
        ['Severity', 'Status', 'Check', 'Resource', 'Region', 'Reason'],
        shown.map((f: Finding) => [
          sev(f.severity),
          status(f.status),
          esc(f.title),
          id(f.resource_id),
          esc(f.region),
          esc(f.reason),
        ]),
      )
}
${open.length > shown.length ? `<p class="note">The first ${num(shown.length)} are listed; the CSV and JSON exports hold them all.</p>` : ''}
${
  failedChecks.length > 0
    ? `<h3>Remediation</h3>${table(
        ['Check', 'How to fix'],
        failedChecks.map((c) => [`${esc(c.title)}<br>${id(c.check_id)}`, remediation(c)]),
      )}`
    : ''
}
</section>`;
}

function costSection(model: ReportModel): string {
  const { cost } = model;
  const unknownWaste =
    cost.waste_status === 'unknown'
      ? `<p class="empty">Waste in dollars is unknown: ${cost.waste_unknown_reasons.map(esc).join('; ')}.</p>`
      : '';
  if (!cost.has_data) {
    return `<section><h2>Cost</h2><p class="empty">This scan holds no cost data. Cost collection is opt-in per scan.</p>${unknownWaste}</section>`;
  }
  const months = cost.months.map((m) => ({ name: m.month, usd: m.total_usd }));
  const waste = cost.waste.slice(0, MAX_WASTE_ROWS);
  return `<section><h2>Cost</h2>
${cost.forecast_usd !== null ? `<p>Forecast for the current month: <b>${esc(usd(cost.forecast_usd))}</b></p>` : ''}
${breakdown('By month', months, 24)}
${breakdown('By service', cost.by_service)}
${breakdown('By region', cost.by_region)}
${breakdown('By account', cost.by_account)}
${breakdown('Waste by service (a month)', cost.waste_by_service)}
${breakdown('Waste by region (a month)', cost.waste_by_region)}
<h3>Waste, ranked (${cost.waste_status === 'unknown' ? 'unknown' : esc(usd(cost.waste_total_usd))} a month)</h3>
${unknownWaste}${
    waste.length === 0
      ? cost.waste_status === 'unknown'
        ? ''
        : '<p class="empty">No waste found.</p>'
      : table(
          ['Resource', 'Service', 'Region', 'Why', 'USD / month'],
          waste.map((w) => [
            id(w.resource_id),
            esc(w.service),
            esc(w.region),
            esc(w.reason),
            esc(usd(w.usd)),
          ]),
          [4],
        )
  }
</section>`;
}

function performanceSection(model: ReportModel): string {
  const p = model.performance;
  const parts: string[] = [];
  for (const metric of p.busiest) {
    parts.push(
      `<h3>Highest ${esc(metric.metric_type)}</h3>` +
        table(
          ['Resource', 'Value'],
          metric.resources.map((r) => [id(r.resource_id), num(r.value)]),
          [1],
        ),
    );
  }
  if (p.idle.length > 0) {
    parts.push(
      `<h3>Idle (average CPU under ${p.idle_threshold_percent}%)</h3>` +
        table(
          ['Resource', 'Average CPU %'],
          p.idle.map((r) => [id(r.resource_id), num(r.value)]),
          [1],
        ),
    );
  }
  if (p.status_check_failures.length > 0) {
    parts.push(
      '<h3>Failed status checks</h3>' +
        table(
          ['Resource', 'Metric'],
          p.status_check_failures.map((r) => [id(r.resource_id), esc(r.metric_type)]),
        ),
    );
  }
  if (p.unavailable.length > 0) {
    parts.push(
      '<h3>Metrics that could not be read</h3>' +
        table(
          ['Metric', 'Resources', 'Reason'],
          p.unavailable.map((u) => [esc(u.metric_type), num(u.resources), esc(u.reason)]),
          [1],
        ),
    );
  }
  return `<section><h2>Performance highlights</h2>${
    parts.length > 0
      ? parts.join('\n')
      : '<p class="empty">No performance metrics in this scan.</p>'
  }</section>`;
}

const KEY_FACT = /(^|_)(type|state|status|engine|class|size_gib|platform|is_default)$/;

function keyFacts(item: InventoryItem): string {
  const entries = Object.entries(item.facts);
  const chosen = [
    ...entries.filter(([k]) => KEY_FACT.test(k)),
    ...entries.filter(([k]) => !KEY_FACT.test(k)),
  ].slice(0, 5);
  if (chosen.length === 0) return '';
  return `<ul class="facts">${chosen
    .map(([k, v]) => `<li><span>${esc(k)}</span> ${esc(String(v))}</li>`)
    .join('')}</ul>`;
}

function inventorySection(model: ReportModel): string {
  if (model.inventory.length === 0) {
    return `<section><h2>Inventory</h2><p class="empty">No resources in this scan.</p></section>`;
  }
  const services = [...new Set(model.inventory.map((r) => r.service))];
  return `<section><h2>Inventory (${num(model.inventory.length)} resources)</h2>${services
    .map((service) => {
      const items = model.inventory.filter((r) => r.service === service);
      return `<h3>${esc(service)} (${num(items.length)})</h3>${table(
        ['Name', 'Type', 'Region', 'Facts', 'Failed checks', 'Waste / month'],
        items.map((r) => [
          `${esc(r.name)}<br>${id(r.resource_id)}`,
          esc(r.type),
          esc(r.region),
          keyFacts(r),
          r.findings_failed > 0 ? num(r.findings_failed) : '',
          r.waste_usd > 0 ? esc(usd(r.waste_usd)) : '',
        ]),
        [4, 5],
      )}`;
    })
    .join('\n')}</section>`;
}

/** The report as one self-contained HTML page: inline CSS, no script, no external asset. */
export function renderHtml(model: ReportModel): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CloudDiagnoze report — ${esc(model.scan.client_id)} — ${esc(model.scan.id)}</title>
<style>${CSS}</style></head>
<body><main>
${header(model)}
${summarySection(model)}
${findingsSection(model)}
${costSection(model)}
${performanceSection(model)}
${inventorySection(model)}
</main></body></html>
`;
}
