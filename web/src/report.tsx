import { useEffect, useState } from 'preact/hooks';
import { api } from './api';
import { when } from './format';
import { navigate } from './router';
import { ACTIVE, type Report, type Scan } from './types';

/** A finished scan's report does not change: keep the last few. */
const cache = new Map<string, Report>();

export interface ScanReport {
  scans: Scan[] | null;
  scanId: string | null;
  report: Report | null;
  error: unknown;
}

export interface ScanChoice {
  scans: Scan[] | null;
  scanId: string | null;
  error: unknown;
}

/** The scan named in the route, or the latest finished one (the list of the last 100 scans). */
export function useScanChoice(requested: string | null): ScanChoice {
  const [scans, setScans] = useState<Scan[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    api<{ items: Scan[] }>('/api/v1/scans?limit=100', { signal: controller.signal })
      .then((page) => setScans(page.items))
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError(e);
      });
    return () => controller.abort();
  }, []);

  const latest =
    scans?.find((s) => s.status === 'SUCCEEDED' || s.status === 'PARTIAL') ??
    scans?.find((s) => s.progress.events > 0) ??
    null;
  return { scans, scanId: requested ?? latest?.id ?? null, error };
}

/**
 * The report of the scan named in the route, or of the latest finished scan: the summary, findings,
 * cost and inventory, computed by the server (GET …/report?format=json&events=false).
 */
export function useScanReport(requested: string | null): ScanReport {
  const { scans, scanId, error: listError } = useScanChoice(requested);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (scanId === null) return;
    const cached = cache.get(scanId);
    if (cached) {
      setReport(cached);
      return;
    }
    setReport(null);
    setError(null);
    const controller = new AbortController();
    api<Report>(`/api/v1/scans/${encodeURIComponent(scanId)}/report?format=json&events=false`, {
      signal: controller.signal,
    })
      .then((loaded) => {
        if (!ACTIVE.includes(loaded.scan.status)) {
          cache.set(scanId, loaded);
          if (cache.size > 5) cache.delete(cache.keys().next().value!);
        }
        setReport(loaded);
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError(e);
      });
    return () => controller.abort();
  }, [scanId]);

  return {
    scans,
    scanId,
    report: report?.scan.id === scanId ? report : null,
    error: error ?? listError,
  };
}

export function scanLabel(scan: Scan): string {
  const regions = scan.requested_regions?.join(', ') ?? 'all regions';
  return `${when(scan.created_at)} · ${scan.client_id} · ${scan.services.join(', ')} · ${regions} · ${scan.status}`;
}

/** Chooses the scan a view looks at; the choice lives in the URL. */
export function ScanPicker(props: { path: string; scans: Scan[] | null; scanId: string | null }) {
  const { scans, scanId, path } = props;
  if (!scans) return null;
  const listed = scans.some((s) => s.id === scanId) || scanId === null;
  return (
    <div class="field inline picker">
      <label for="scan-picker">Scan</label>
      <select
        id="scan-picker"
        value={scanId ?? ''}
        onChange={(e) => navigate(path, { scan: (e.target as HTMLSelectElement).value })}
      >
        {scanId === null && <option value="">No scan yet</option>}
        {!listed && <option value={scanId!}>{scanId}</option>}
        {scans.map((s) => (
          <option key={s.id} value={s.id}>
            {scanLabel(s)}
          </option>
        ))}
      </select>
    </div>
  );
}
