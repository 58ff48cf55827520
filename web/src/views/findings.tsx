import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  Empty,
  ErrorNotice,
  Loading,
  ReportButtons,
  SeverityBadge,
  StatusBadge,
} from '../components/common';
import { num, shortId } from '../format';
import { ScanPicker, useScanReport } from '../report';
import { href, type Route } from '../router';
import { CHECK_STATUSES, SEVERITIES, type CheckInfo, type Finding } from '../types';

const PAGE = 200;

function Counts(props: { title: string; rows: [string, number, number][]; id: string }) {
  return (
    <section class="count-table" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.rows.length === 0 ? (
        <p class="empty">None.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col" class="n">
                Failed
              </th>
              <th scope="col" class="n">
                Results
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map(([name, failed, total]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td class="n">{failed > 0 ? <span class="bad">{num(failed)}</span> : '0'}</td>
                <td class="n">{num(total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function countBy(findings: Finding[], key: (f: Finding) => string[]): [string, number, number][] {
  const counts = new Map<string, [number, number]>();
  for (const f of findings) {
    for (const k of key(f)) {
      const c = counts.get(k) ?? [0, 0];
      if (f.status === 'FAIL') c[0] += 1;
      c[1] += 1;
      counts.set(k, c);
    }
  }
  return [...counts.entries()]
    .map(([k, [failed, total]]) => [k, failed, total] as [string, number, number])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function FindingsView({ route }: { route: Route }) {
  const { scans, scanId, report, error } = useScanReport(route.params.get('scan'));
  const [status, setStatus] = useState('FAIL');
  const [severity, setSeverity] = useState('');
  const [service, setService] = useState('');
  const [check, setCheck] = useState('');
  const [framework, setFramework] = useState('');
  const [text, setText] = useState('');
  const [shown, setShown] = useState(PAGE);

  const checks = useMemo(
    () => new Map((report?.checks ?? []).map((c) => [c.metric_type, c] as [string, CheckInfo])),
    [report],
  );
  const findings = report?.findings ?? [];
  const frameworksOf = (f: Finding) => Object.keys(checks.get(f.metric_type)?.compliance ?? {});
  const filtered = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return findings.filter(
      (f) =>
        (!status || f.status === status) &&
        (!severity || f.severity === severity) &&
        (!service || f.service === service) &&
        (!check || f.check_id === check) &&
        (!framework || frameworksOf(f).includes(framework)) &&
        (!needle ||
          f.resource_id.toLowerCase().includes(needle) ||
          f.reason.toLowerCase().includes(needle) ||
          f.title.toLowerCase().includes(needle)),
    );
  }, [findings, status, severity, service, check, framework, text, checks]);
  useEffect(() => setShown(PAGE), [status, severity, service, check, framework, text, scanId]);

  const services = [...new Set(findings.map((f) => f.service))].sort();
  const checkIds = [...new Map(findings.map((f) => [f.check_id, f.title])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1]),
  );
  const frameworks = (report?.compliance ?? []).map((c) => c.framework.id);
  const summary = report?.summary.findings;

  const select = (
    label: string,
    id: string,
    value: string,
    set: (v: string) => void,
    list: [string, string][],
  ) => (
    <div class="field inline">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set((e.target as HTMLSelectElement).value)}>
        <option value="">All</option>
        {list.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  const pairs = (list: readonly string[]) => list.map((v) => [v, v] as [string, string]);

  return (
    <>
      <h1 tabIndex={-1}>Findings</h1>
      <ScanPicker path="/findings" scans={scans} scanId={scanId} />
      <ErrorNotice error={error} />
      {scans && scanId === null && <Empty>No finished scan yet.</Empty>}
      {scanId && !report && !error && <Loading what="the findings" />}
      {report && findings.length === 0 && <Empty>This scan holds no security check results.</Empty>}
      {report && summary && findings.length > 0 && (
        <>
          <ul class="cards" aria-label="Failed results by severity">
            {SEVERITIES.map((s) => (
              <li class={`card sev-card-${s}`} key={s}>
                <button
                  type="button"
                  class="card-button"
                  aria-pressed={severity === s && status === 'FAIL'}
                  onClick={() => {
                    setStatus('FAIL');
                    setSeverity(severity === s ? '' : s);
                  }}
                >
                  <b>{num(summary.failed_by_severity[s])}</b>
                  <SeverityBadge severity={s} />
                </button>
              </li>
            ))}
            <li class="card">
              <b>{num(summary.by_status.PASS)}</b> passed
            </li>
            <li class="card">
              <b>{num(summary.by_status.MANUAL + summary.by_status.ERROR)}</b> manual or error
            </li>
          </ul>
          <div class="findings-layout">
            <div>
              <div class="toolbar filters" role="search" aria-label="Filter findings">
                {select('Status', 'finding-status', status, setStatus, pairs(CHECK_STATUSES))}
                {select('Severity', 'finding-severity', severity, setSeverity, pairs(SEVERITIES))}
                {select('Service', 'finding-service', service, setService, pairs(services))}
                {select('Check', 'finding-check', check, setCheck, checkIds)}
                {select(
                  'Framework',
                  'finding-framework',
                  framework,
                  setFramework,
                  pairs(frameworks),
                )}
                <div class="field inline">
                  <label for="finding-search">Search</label>
                  <input
                    id="finding-search"
                    type="search"
                    placeholder="resource, reason"
                    value={text}
                    onInput={(e) => setText((e.target as HTMLInputElement).value)}
                  />
                </div>
              </div>
              <p role="status" class="muted" id="findings-count">
                {num(filtered.length)} of {num(findings.length)} results
              </p>
              <div class="table-wrap">
                <table class="findings">
                  <thead>
                    <tr>
                      <th scope="col">Severity</th>
                      <th scope="col">Status</th>
                      <th scope="col">Check</th>
                      <th scope="col">Resource</th>
                      <th scope="col">Region</th>
                      <th scope="col">Reason and remediation</th>
                    </tr>
                  </thead>
                  <tbody>
                    {filtered.slice(0, shown).map((f) => {
                      const info = checks.get(f.metric_type);
                      const compliance = Object.entries(info?.compliance ?? {});
                      return (
                        <tr key={`${f.metric_type}|${f.resource_id}`}>
                          <td>
                            <SeverityBadge severity={f.severity} />
                          </td>
                          <td>
                            <StatusBadge status={f.status} />
                          </td>
                          <td>
                            {f.title}
                            <div class="mono muted small">{f.check_id}</div>
                          </td>
                          <td>
                            <a
                              href={href('/resources', {
                                scan: report.scan.id,
                                resource: f.resource_id,
                              })}
                            >
                              {shortId(f.resource_id)}
                            </a>
                          </td>
                          <td class="nowrap">{f.region}</td>
                          <td>
                            {f.reason}
                            {(info?.remediation || compliance.length > 0) && (
                              <details>
                                <summary>Remediation and compliance</summary>
                                {info?.remediation && <p>{info.remediation.text}</p>}
                                {info?.remediation?.cli && <pre>{info.remediation.cli}</pre>}
                                {info?.remediation?.url && (
                                  <p>
                                    <a href={info.remediation.url} target="_blank" rel="noreferrer">
                                      Documentation
                                    </a>
                                  </p>
                                )}
                                {compliance.length > 0 && (
                                  <p class="small">
                                    {compliance
                                      .map(([fw, controls]) => `${fw}: ${controls.join(', ')}`)
                                      .join(' · ')}
                                  </p>
                                )}
                              </details>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              {filtered.length > shown && (
                <button type="button" class="secondary" onClick={() => setShown((n) => n + PAGE)}>
                  Show {Math.min(PAGE, filtered.length - shown)} more
                </button>
              )}
            </div>
            <aside class="counts" aria-label="Counts">
              <Counts
                title="By service"
                id="by-service"
                rows={countBy(findings, (f) => [f.service])}
              />
              <Counts title="By check" id="by-check" rows={countBy(findings, (f) => [f.title])} />
              <section class="count-table" aria-labelledby="by-framework">
                <h2 id="by-framework">By framework</h2>
                {report.compliance.length === 0 ? (
                  <p class="empty">No compliance mapping.</p>
                ) : (
                  <table>
                    <thead>
                      <tr>
                        <th scope="col" />
                        <th scope="col" class="n">
                          Failed
                        </th>
                        <th scope="col" class="n">
                          Manual
                        </th>
                        <th scope="col" class="n">
                          Controls
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {report.compliance.map((c) => (
                        <tr key={c.framework.id}>
                          <th scope="row" title={c.framework.name}>
                            {c.framework.id}
                          </th>
                          <td class="n">
                            {c.totals.failed > 0 ? <span class="bad">{c.totals.failed}</span> : 0}
                          </td>
                          <td class="n">{c.totals.manual}</td>
                          <td class="n">{c.totals.controls}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
            </aside>
          </div>
          <h2>Export</h2>
          <ReportButtons scanId={report.scan.id} />
        </>
      )}
    </>
  );
}
