import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError, download } from '../api';
import { num } from '../format';
import { progressLabel } from '../progress';
import type { Scan } from '../types';

export function StatusBadge({ status }: { status: string }) {
  return <span class={`badge status-${status.toLowerCase()}`}>{status}</span>;
}

export function SeverityBadge({ severity }: { severity: string }) {
  return <span class={`badge sev-${severity}`}>{severity}</span>;
}

export function ScanProgress({ scan }: { scan: Scan }) {
  const { units_failed, events } = scan.progress;
  const { label, value, max } = progressLabel(scan);
  return (
    <div class="progress">
      <progress max={max} value={value} aria-label={`Progress of scan ${scan.id}: ${label}`} />
      <span class="progress-text">
        {label}
        {units_failed > 0 && <span class="bad"> · {units_failed} failed</span>} · {num(events)}{' '}
        events
      </span>
    </div>
  );
}

export function ErrorNotice({ error }: { error: unknown }) {
  if (!error) return null;
  const message =
    error instanceof ApiError
      ? error.message
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <p class="notice error" role="alert">
      {message}
    </p>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="notice" role="status">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

const EXPORTS = [
  { label: 'HTML report', query: 'format=html', ext: 'html' },
  { label: 'PDF report', query: 'format=pdf', ext: 'pdf' },
  { label: 'Events CSV', query: 'format=csv', ext: 'csv' },
  { label: 'Findings CSV', query: 'format=csv&dataset=findings', ext: 'csv' },
  { label: 'JSON', query: 'format=json', ext: 'json' },
];

/** Report exports of a scan, downloaded with the key in the header. */
export function ReportButtons({ scanId }: { scanId: string }) {
  const [state, setState] = useState<{ busy?: string; done?: string; error?: unknown }>({});
  const run = async (item: (typeof EXPORTS)[number]) => {
    setState({ busy: item.label });
    try {
      const name = await download(
        `/api/v1/scans/${encodeURIComponent(scanId)}/report?${item.query}`,
        `report.${item.ext}`,
      );
      setState({ done: `Downloaded ${name}` });
    } catch (error) {
      setState({ error });
    }
  };
  return (
    <div class="exports" role="group" aria-label="Export a report">
      {EXPORTS.map((item) => (
        <button
          type="button"
          class="secondary"
          key={item.label}
          disabled={state.busy !== undefined}
          onClick={() => void run(item)}
        >
          {state.busy === item.label ? `Preparing ${item.label}…` : item.label}
        </button>
      ))}
      <span role="status" class="muted">
        {state.done}
      </span>
      <ErrorNotice error={state.error} />
    </div>
  );
}
