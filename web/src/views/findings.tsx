import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import {
  Empty,
  ErrorNotice,
  Loading,
  ReportButtons,
  SeverityBadge,
  StatusBadge,
} from '../components/common';
import {
  NO_FILTER,
  facetOptions,
  neighbours,
  pageLabel,
  resultsPath,
  type FindingsFilter,
} from '../findings-query';
import { num, shortId } from '../format';
import { ScanPicker, useScanChoice } from '../report';
import { href, type Route } from '../router';
import { SEVERITIES, type FacetCount, type FindingsPage } from '../types';

function Counts(props: { title: string; rows: readonly FacetCount[]; id: string }) {
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
            {props.rows.map((c) => (
              <tr key={c.value}>
                <th scope="row" title={c.value}>
                  {c.label}
                </th>
                <td class="n">{c.failed > 0 ? <span class="bad">{num(c.failed)}</span> : '0'}</td>
                <td class="n">{num(c.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * A scan's check results, one page at a time: the server filters, sorts, pages and counts
 * (GET /api/v1/scans/:id/results), so a scan of any size shows at once.
 */
export function FindingsView({ route }: { route: Route }) {
  const { scans, scanId, error: listError } = useScanChoice(route.params.get('scan'));
  const [filter, setFilter] = useState<FindingsFilter>({
    ...NO_FILTER,
    status: 'FAIL',
    resource: route.params.get('resource') ?? '',
  });
  const [resourceText, setResourceText] = useState(filter.resource);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ scanId: string; page: FindingsPage } | null>(null);
  const [error, setError] = useState<unknown>(null);

  // The resource box asks the server once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (resourceText !== filter.resource) {
        setFilter((f) => ({ ...f, resource: resourceText }));
        setOffset(0);
      }
    }, 250);
    return () => clearTimeout(timer);
  }, [resourceText]);

  useEffect(() => {
    if (scanId === null) return;
    const controller = new AbortController();
    setError(null);
    api<FindingsPage>(resultsPath(scanId, filter, offset), { signal: controller.signal })
      .then((loaded) => setPage({ scanId, page: loaded }))
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError(e);
      });
    return () => controller.abort();
  }, [scanId, filter, offset]);

  const set = (key: keyof FindingsFilter, value: string) => {
    setFilter((f) => ({ ...f, [key]: value }));
    setOffset(0);
  };
  const current = page !== null && page.scanId === scanId ? page.page : null;
  const totals = current?.totals;

  const select = (label: string, key: keyof FindingsFilter, counts: readonly FacetCount[]) => (
    <div class="field inline">
      <label for={`finding-${key}`}>{label}</label>
      <select
        id={`finding-${key}`}
        value={filter[key]}
        onChange={(e) => set(key, (e.target as HTMLSelectElement).value)}
      >
        <option value="">All</option>
        {facetOptions(counts).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  const around = current ? neighbours(current) : { previous: null, next: null };

  return (
    <>
      <h1 tabIndex={-1}>Findings</h1>
      <ScanPicker path="/findings" scans={scans} scanId={scanId} />
      <ErrorNotice error={error ?? listError} />
      {scans && scanId === null && <Empty>No finished scan yet.</Empty>}
      {scanId && !current && !error && <Loading what="the findings" />}
      {current && totals && totals.results === 0 && (
        <Empty>This scan holds no security check results.</Empty>
      )}
      {current && totals && totals.results > 0 && (
        <>
          <ul class="cards" aria-label="Failed results by severity">
            {SEVERITIES.map((s) => (
              <li class={`card sev-card-${s}`} key={s}>
                <button
                  type="button"
                  class="card-button"
                  aria-pressed={filter.severity === s && filter.status === 'FAIL'}
                  onClick={() => {
                    setFilter((f) => ({
                      ...f,
                      status: 'FAIL',
                      severity: f.severity === s ? '' : s,
                    }));
                    setOffset(0);
                  }}
                >
                  <b>{num(totals.failed_by_severity[s])}</b>
                  <SeverityBadge severity={s} />
                </button>
              </li>
            ))}
            <li class="card">
              <b>{num(totals.by_status.PASS)}</b> passed
            </li>
            <li class="card">
              <b>{num(totals.by_status.MANUAL + totals.by_status.ERROR)}</b> manual or error
            </li>
          </ul>
          <div class="findings-layout">
            <div>
              <div class="toolbar filters" role="search" aria-label="Filter findings">
                {select('Status', 'status', current.facets.status)}
                {select('Severity', 'severity', current.facets.severity)}
                {select('Service', 'service', current.facets.service)}
                {select('Check', 'check', current.facets.check)}
                {select('Framework', 'framework', current.facets.framework)}
                <div class="field inline">
                  <label for="finding-resource">Resource</label>
                  <input
                    id="finding-resource"
                    type="search"
                    placeholder="part of the resource id"
                    value={resourceText}
                    onInput={(e) => setResourceText((e.target as HTMLInputElement).value)}
                  />
                </div>
              </div>
              <p role="status" class="muted" id="findings-count">
                {pageLabel(current)} · {num(totals.results)} in the scan
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
                    {current.items.map((f) => {
                      const compliance = Object.entries(f.compliance);
                      const { remediation } = f;
                      const remediated =
                        remediation.text !== '' ||
                        remediation.cli !== undefined ||
                        remediation.url !== undefined;
                      return (
                        <tr key={f.event_id}>
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
                                scan: f.scan_id,
                                resource: f.resource_id,
                              })}
                              title={f.resource_id}
                            >
                              {shortId(f.resource_id)}
                            </a>
                          </td>
                          <td class="nowrap">{f.region}</td>
                          <td>
                            {f.reason}
                            {(remediated || compliance.length > 0) && (
                              <details>
                                <summary>Remediation and compliance</summary>
                                {remediation.text && <p>{remediation.text}</p>}
                                {remediation.cli && <pre>{remediation.cli}</pre>}
                                {remediation.url && (
                                  <p>
                                    <a href={remediation.url} target="_blank" rel="noreferrer">
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
              <nav class="pager" aria-label="Pages of findings">
                <button
                  type="button"
                  class="secondary"
                  disabled={around.previous === null}
                  onClick={() => around.previous !== null && setOffset(around.previous)}
                >
                  Previous page
                </button>
                <button
                  type="button"
                  class="secondary"
                  disabled={around.next === null}
                  onClick={() => around.next !== null && setOffset(around.next)}
                >
                  Next page
                </button>
              </nav>
            </div>
            <aside class="counts" aria-label="Counts">
              <Counts title="By service" id="by-service" rows={current.facets.service} />
              <Counts title="By check" id="by-check" rows={current.facets.check} />
              <Counts title="By framework" id="by-framework" rows={current.facets.framework} />
            </aside>
          </div>
          <h2>Export</h2>
          <ReportButtons scanId={scanId!} />
        </>
      )}
    </>
  );
}
