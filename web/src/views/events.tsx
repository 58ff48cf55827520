import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, query } from '../api';
import { ErrorNotice } from '../components/common';
import { valueText } from '../format';
import type { Route } from '../router';
import { CATEGORIES, type ApiEvent, type Catalog, type Issue } from '../types';

const FIELDS = [
  'client_id',
  'scan_id',
  'resource_id',
  'metric_type',
  'category',
  'since',
  'until',
  'limit',
] as const;
type Filters = Record<(typeof FIELDS)[number], string>;

const EMPTY: Filters = {
  client_id: '',
  scan_id: '',
  resource_id: '',
  metric_type: '',
  category: '',
  since: '',
  until: '',
  limit: '100',
};

/** `datetime-local` has no offset: read it in the browser's time zone, send it as an instant. */
function instant(local: string): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

function check(filters: Filters): Issue[] {
  const issues: Issue[] = [];
  const limit = Number(filters.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    issues.push({ path: 'limit', message: 'must be a whole number from 1 to 10000' });
  }
  if (filters.client_id && !/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/.test(filters.client_id)) {
    issues.push({ path: 'client_id', message: 'letters, digits and _.:- only' });
  }
  const since = instant(filters.since);
  const until = instant(filters.until);
  if (since && until && until < since)
    issues.push({ path: 'until', message: 'must not be before since' });
  return issues;
}

export function EventsView({ route }: { route: Route }) {
  const initial = { ...EMPTY };
  for (const field of FIELDS) initial[field] = route.params.get(field) ?? initial[field];
  const [filters, setFilters] = useState<Filters>(initial);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [pages, setPages] = useState<{ items: ApiEvent[]; next: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [metricTypes, setMetricTypes] = useState<string[]>([]);

  useEffect(() => {
    api<Catalog>('/api/v1/catalog')
      .then((c) => setMetricTypes(c.metric_types.map((m) => m.name)))
      .catch(() => setMetricTypes([]));
  }, []);

  const load = async (cursor: string | null) => {
    const found = check(filters);
    setIssues(found);
    if (found.length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const page = await api<{ items: ApiEvent[]; next_cursor: string | null }>(
        `/api/v1/events${query({
          client_id: filters.client_id.trim(),
          scan_id: filters.scan_id.trim(),
          resource_id: filters.resource_id.trim(),
          metric_type: filters.metric_type.trim(),
          category: filters.category,
          since: instant(filters.since),
          until: instant(filters.until),
          limit: filters.limit,
          cursor,
        })}`,
      );
      setPages((prev) => ({
        items: cursor && prev ? [...prev.items, ...page.items] : page.items,
        next: page.next_cursor,
      }));
    } catch (e) {
      if (e instanceof ApiError && e.issues.length > 0) setIssues(e.issues);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (route.params.get('scan_id') || route.params.get('resource_id')) void load(null);
  }, []);

  const errorAt = (field: string) =>
    issues
      .filter((i) => i.path === field)
      .map((i) => i.message)
      .join('; ') || undefined;
  const attrs = (field: (typeof FIELDS)[number]) => ({
    id: `ev-${field}`,
    value: filters[field],
    'aria-invalid': errorAt(field) !== undefined,
    'aria-describedby': errorAt(field) ? `ev-${field}-error` : undefined,
    onInput: (e: Event) =>
      setFilters((f) => ({ ...f, [field]: (e.target as HTMLInputElement).value })),
  });
  const wrap = (field: (typeof FIELDS)[number], label: string, control: JSX.Element) => (
    <div class="field">
      <label for={`ev-${field}`}>{label}</label>
      {control}
      {errorAt(field) && (
        <p id={`ev-${field}-error`} class="field-error">
          {errorAt(field)}
        </p>
      )}
    </div>
  );
  const input = (field: (typeof FIELDS)[number], label: string, extra = {}) =>
    wrap(field, label, <input type="text" {...attrs(field)} {...extra} />);

  return (
    <>
      <h1 tabIndex={-1}>Events</h1>
      <form
        class="events-form"
        role="search"
        aria-label="Filter events"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void load(null);
        }}
      >
        <div class="row wrap">
          {input('client_id', 'Client id')}
          {input('scan_id', 'Scan id')}
          {input('resource_id', 'Resource id')}
          {input('metric_type', 'Metric type', {
            list: 'metric-types',
            placeholder: 'exact, or a prefix ending with .',
          })}
          <div class="field">
            <label for="ev-category">Category</label>
            <select
              id="ev-category"
              value={filters.category}
              onChange={(e) =>
                setFilters((f) => ({ ...f, category: (e.target as HTMLSelectElement).value }))
              }
            >
              <option value="">Any</option>
              {CATEGORIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </div>
          {wrap('since', 'Since', <input type="datetime-local" {...attrs('since')} />)}
          {wrap('until', 'Until', <input type="datetime-local" {...attrs('until')} />)}
          {wrap(
            'limit',
            'Page size',
            <input type="number" min={1} max={10000} {...attrs('limit')} />,
          )}
        </div>
        <datalist id="metric-types">
          {metricTypes.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
        {issues
          .filter((i) => !FIELDS.includes(i.path as (typeof FIELDS)[number]))
          .map((i) => (
            <p class="field-error" key={i.path}>
              {i.path}: {i.message}
            </p>
          ))}
        <div class="form-actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Searching…' : 'Search'}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setFilters(EMPTY);
              setIssues([]);
              setPages(null);
            }}
          >
            Clear
          </button>
        </div>
      </form>
      <ErrorNotice error={error} />
      {pages && (
        <>
          <p role="status" class="muted">
            {pages.items.length} events{pages.next ? ' (more available)' : ''}
          </p>
          <div class="table-wrap">
            <table class="events">
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Resource</th>
                  <th scope="col">Metric</th>
                  <th scope="col">Value</th>
                </tr>
              </thead>
              <tbody>
                {pages.items.map((e) => (
                  <tr key={e.event_id ?? `${e.resource_id}|${e.metric_type}|${e.timestamp}`}>
                    <td class="mono small nowrap">{e.timestamp}</td>
                    <td class="mono small">{e.resource_id}</td>
                    <td class="mono small">{e.metric_type}</td>
                    <td class="value">{valueText(e.metric_value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages.next && (
            <button
              type="button"
              class="secondary"
              disabled={busy}
              onClick={() => void load(pages.next)}
            >
              Load more
            </button>
          )}
        </>
      )}
    </>
  );
}
