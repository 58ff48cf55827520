import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, query } from '../api';
import { Empty, ErrorNotice, Loading, SeverityBadge, StatusBadge } from '../components/common';
import { factView, type FactView } from '../fact-view';
import { humanize, num, shortMetric, usd } from '../format';
import { ScanPicker, useScanReport } from '../report';
import { href, navigate, type Route } from '../router';
import {
  CATEGORIES,
  type ApiEvent,
  type Category,
  type InventoryItem,
  type JsonValue,
} from '../types';

const PAGE = 100;

function FactValue({ value }: { value: JsonValue }) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const status = value['status'];
    if (typeof status === 'string' && typeof value['severity'] === 'string') {
      return (
        <div class="finding-value">
          <StatusBadge status={status} /> <SeverityBadge severity={value['severity']} />{' '}
          {typeof value['reason'] === 'string' && <span>{value['reason']}</span>}
        </div>
      );
    }
  }
  return <FactViewBlock view={factView(value)} />;
}

function FactViewBlock({ view }: { view: FactView }) {
  switch (view.kind) {
    case 'text':
      return <span>{view.text}</span>;
    case 'list':
      return (
        <ul class="fact-list">
          {view.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div class="table-wrap">
          <table class="fact-table">
            <thead>
              <tr>
                {view.columns.map((c) => (
                  <th key={c} scope="col">
                    {humanize(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'fields':
      return (
        <dl class="fact-fields">
          {view.entries.map((entry) => (
            <div key={entry.label}>
              <dt>{entry.label}</dt>
              <dd>
                <FactViewBlock view={entry.view} />
              </dd>
            </div>
          ))}
        </dl>
      );
  }
}

/** Every fact about one resource, the five dimensions side by side. */
function ResourceDetail(props: {
  scanId: string;
  item: InventoryItem | undefined;
  resourceId: string;
}) {
  const [events, setEvents] = useState<ApiEvent[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setEvents(null);
    setError(null);
    const controller = new AbortController();
    api<{ items: ApiEvent[] }>(
      `/api/v1/events${query({ scan_id: props.scanId, resource_id: props.resourceId, limit: 10000 })}`,
      { signal: controller.signal },
    )
      .then((page) => {
        setEvents(page.items);
        heading.current?.focus();
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError(e);
      });
    return () => controller.abort();
  }, [props.scanId, props.resourceId]);

  const byCategory = useMemo(() => {
    const groups = Object.fromEntries(CATEGORIES.map((c) => [c, [] as ApiEvent[]])) as Record<
      Category,
      ApiEvent[]
    >;
    for (const event of events ?? []) {
      const category = (event.category ?? event.metric_type.split('.')[1]) as Category;
      groups[category]?.push(event);
    }
    for (const list of Object.values(groups))
      list.sort((a, b) => a.metric_type.localeCompare(b.metric_type));
    return groups;
  }, [events]);

  return (
    <section class="resource-detail" aria-labelledby="resource-title">
      <div class="title-row">
        <h2 id="resource-title" tabIndex={-1} ref={heading}>
          {props.item?.name ?? props.resourceId}
        </h2>
        <a
          class="button secondary"
          href={href('/resources', { scan: props.scanId })}
          aria-label="Close the resource"
        >
          Close
        </a>
      </div>
      <p class="mono muted">{props.resourceId}</p>
      {props.item && (
        <p class="muted">
          {props.item.service} · {props.item.type} · {props.item.region} · account{' '}
          {props.item.account_id}
        </p>
      )}
      <ErrorNotice error={error} />
      {events === null && !error ? (
        <Loading what="the resource's facts" />
      ) : (
        <div class="dimensions">
          {CATEGORIES.map((category) => (
            <section key={category} class={`dimension dim-${category}`} aria-label={category}>
              <h3>
                {category} <span class="muted">({byCategory[category].length})</span>
              </h3>
              {byCategory[category].length === 0 ? (
                <p class="empty">No fact.</p>
              ) : (
                <dl>
                  {byCategory[category].map((event) => (
                    <div key={event.metric_type} class="fact">
                      <dt title={event.metric_type}>{shortMetric(event.metric_type)}</dt>
                      <dd>
                        <FactValue value={event.metric_value} />
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </section>
          ))}
        </div>
      )}
      <p>
        <a href={href('/events', { scan_id: props.scanId, resource_id: props.resourceId })}>
          Open these events in the events browser
        </a>
      </p>
    </section>
  );
}

export function ResourcesView({ route }: { route: Route }) {
  const { scans, scanId, report, error } = useScanReport(route.params.get('scan'));
  const selected = route.params.get('resource');
  const [text, setText] = useState('');
  const [service, setService] = useState('');
  const [region, setRegion] = useState('');
  const [type, setType] = useState('');
  const [failing, setFailing] = useState(false);
  const [wasting, setWasting] = useState(false);
  const [shown, setShown] = useState(PAGE);

  const inventory = report?.inventory ?? [];
  const options = (pick: (i: InventoryItem) => string) => [...new Set(inventory.map(pick))].sort();
  const filtered = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return inventory.filter(
      (r) =>
        (!needle ||
          r.name.toLowerCase().includes(needle) ||
          r.resource_id.toLowerCase().includes(needle)) &&
        (!service || r.service === service) &&
        (!region || r.region === region) &&
        (!type || r.type === type) &&
        (!failing || r.findings_failed > 0) &&
        (!wasting || r.waste_usd > 0),
    );
  }, [inventory, text, service, region, type, failing, wasting]);

  useEffect(() => setShown(PAGE), [text, service, region, type, failing, wasting, scanId]);

  const select = (
    label: string,
    id: string,
    value: string,
    set: (v: string) => void,
    list: string[],
  ) => (
    <div class="field inline">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set((e.target as HTMLSelectElement).value)}>
        <option value="">All</option>
        {list.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <h1 tabIndex={-1}>Resources</h1>
      <ScanPicker path="/resources" scans={scans} scanId={scanId} />
      <ErrorNotice error={error} />
      {scans && scanId === null && <Empty>No finished scan yet.</Empty>}
      {scanId && !report && !error && <Loading what="the resources" />}
      {report && selected && (
        <ResourceDetail
          scanId={report.scan.id}
          resourceId={selected}
          item={inventory.find((r) => r.resource_id === selected)}
        />
      )}
      {report && (
        <>
          <div class="toolbar filters" role="search" aria-label="Filter resources">
            <div class="field inline">
              <label for="resource-search">Search</label>
              <input
                id="resource-search"
                type="search"
                placeholder="name or id"
                value={text}
                onInput={(e) => setText((e.target as HTMLInputElement).value)}
              />
            </div>
            {select(
              'Service',
              'resource-service',
              service,
              setService,
              options((r) => r.service),
            )}
            {select(
              'Type',
              'resource-type',
              type,
              setType,
              options((r) => r.type),
            )}
            {select(
              'Region',
              'resource-region',
              region,
              setRegion,
              options((r) => r.region),
            )}
            <label class="check">
              <input
                type="checkbox"
                checked={failing}
                onChange={(e) => setFailing((e.target as HTMLInputElement).checked)}
              />
              Failed checks
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={wasting}
                onChange={(e) => setWasting((e.target as HTMLInputElement).checked)}
              />
              Waste
            </label>
          </div>
          <p role="status" class="muted">
            {num(filtered.length)} of {num(inventory.length)} resources
          </p>
          <div class="table-wrap">
            <table class="resources">
              <thead>
                <tr>
                  <th scope="col">Resource</th>
                  <th scope="col">Type</th>
                  <th scope="col">Service</th>
                  <th scope="col">Region</th>
                  {CATEGORIES.map((c) => (
                    <th scope="col" class="n cap" key={c}>
                      {c}
                    </th>
                  ))}
                  <th scope="col" class="n">
                    Failed checks
                  </th>
                  <th scope="col" class="n">
                    Waste / month
                  </th>
                </tr>
              </thead>
              <tbody>
                {filtered.slice(0, shown).map((r) => (
                  <tr
                    key={r.resource_id}
                    aria-current={r.resource_id === selected ? 'true' : undefined}
                  >
                    <td>
                      <a
                        href={href('/resources', { scan: report.scan.id, resource: r.resource_id })}
                        onClick={(e) => {
                          e.preventDefault();
                          navigate('/resources', { scan: report.scan.id, resource: r.resource_id });
                          window.scrollTo({ top: 0 });
                        }}
                      >
                        {r.name}
                      </a>
                      <div class="mono muted small">{r.resource_id}</div>
                    </td>
                    <td class="nowrap">{r.type}</td>
                    <td>{r.service}</td>
                    <td class="nowrap">{r.region}</td>
                    {CATEGORIES.map((c) => (
                      <td class="n" key={c}>
                        {r.counts[c] || ''}
                      </td>
                    ))}
                    <td class="n">
                      {r.findings_failed > 0 ? <span class="bad">{r.findings_failed}</span> : ''}
                    </td>
                    <td class="n">{r.waste_usd > 0 ? usd(r.waste_usd) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {filtered.length > shown && (
            <button type="button" class="secondary" onClick={() => setShown((n) => n + PAGE)}>
              Show {Math.min(PAGE, filtered.length - shown)} more
            </button>
          )}
        </>
      )}
    </>
  );
}
