import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { ErrorNotice, Loading, ScanProgress, StatusBadge } from '../components/common';
import { when } from '../format';
import { followLive } from '../live';
import { href } from '../router';
import { ACTIVE, SCAN_STATUSES, type Scan, type ScanDetail } from '../types';

/** Cancel asks once more before it stops a scan: it cannot be undone. */
export function CancelButton(props: { scan: Scan; onCancelled?: (scan: ScanDetail) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!ACTIVE.includes(props.scan.status)) return null;
  const cancel = async () => {
    try {
      const scan = await api<ScanDetail>(
        `/api/v1/scans/${encodeURIComponent(props.scan.id)}/cancel`,
        { method: 'POST' },
      );
      setConfirming(false);
      props.onCancelled?.(scan);
    } catch (e) {
      setError(e);
    }
  };
  if (!confirming) {
    return (
      <button type="button" class="danger secondary" onClick={() => setConfirming(true)}>
        Cancel scan
      </button>
    );
  }
  return (
    <span class="confirm" role="group" aria-label="Confirm cancellation">
      <button type="button" class="danger" onClick={() => void cancel()} autoFocus>
        Stop it
      </button>
      <button type="button" class="secondary" onClick={() => setConfirming(false)}>
        Keep running
      </button>
      <ErrorNotice error={error} />
    </span>
  );
}

export function ScansView() {
  const [scans, setScans] = useState<Scan[] | null>(null);
  const [status, setStatus] = useState('');
  const [connection, setConnection] = useState<string>('connecting');

  useEffect(() => {
    setScans(null);
    return followLive(`/api/v1/live/scans${status ? `?status=${status}` : ''}`, {
      onEvent(event, data) {
        if (event === 'snapshot') setScans((data as { items: Scan[] }).items);
        if (event === 'scan') {
          const scan = data as Scan;
          setScans((list) => {
            const rest = (list ?? []).filter((s) => s.id !== scan.id);
            return [scan, ...rest].sort((a, b) => b.created_at.localeCompare(a.created_at));
          });
        }
      },
      onState: (state, detail) => setConnection(detail ? `${state}: ${detail}` : state),
    });
  }, [status]);

  const active = scans?.filter((s) => ACTIVE.includes(s.status)).length ?? 0;
  return (
    <>
      <div class="title-row">
        <h1 tabIndex={-1}>Scans</h1>
        <a class="button" href="#/new">
          New scan
        </a>
      </div>
      <div class="toolbar">
        <div class="field inline">
          <label for="scan-status">Status</label>
          <select
            id="scan-status"
            value={status}
            onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}
          >
            <option value="">Any</option>
            {SCAN_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </div>
        <span class="muted live-state" data-state={connection}>
          {connection === 'connected' ? `Live · ${active} running` : `Live updates ${connection}`}
        </span>
      </div>
      {scans === null ? (
        <Loading what="scans" />
      ) : scans.length === 0 ? (
        <p class="empty">
          No scan yet. <a href="#/new">Launch one</a>.
        </p>
      ) : (
        <div class="table-wrap">
          <table class="scans">
            <caption class="sr-only">Scans, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Created</th>
                <th scope="col">Client</th>
                <th scope="col">Services</th>
                <th scope="col">Regions</th>
                <th scope="col">Status</th>
                <th scope="col">Progress</th>
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {scans.map((scan) => (
                <tr key={scan.id} data-scan-id={scan.id}>
                  <td>
                    <a href={href(`/scans/${scan.id}`)}>{when(scan.created_at)}</a>
                  </td>
                  <td>{scan.client_id}</td>
                  <td>{scan.services.join(', ')}</td>
                  <td>{scan.requested_regions?.join(', ') ?? 'all enabled'}</td>
                  <td>
                    <StatusBadge status={scan.status} />
                  </td>
                  <td>
                    <ScanProgress scan={scan} />
                  </td>
                  <td class="actions">
                    <CancelButton scan={scan} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
