import { useEffect, useRef, useState } from 'preact/hooks';
import {
  ErrorNotice,
  Loading,
  ReportButtons,
  ScanProgress,
  StatusBadge,
} from '../components/common';
import { num, when } from '../format';
import { followLive } from '../live';
import { href } from '../router';
import { ACTIVE, type ScanDetail } from '../types';
import { CancelButton } from './scans';

export function ScanDetailView({ id }: { id: string }) {
  const [scan, setScan] = useState<ScanDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [onlyFailed, setOnlyFailed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const lastStatus = useRef<string | null>(null);

  useEffect(() => {
    setScan(null);
    setError(null);
    lastStatus.current = null;
    return followLive(`/api/v1/live/scans/${encodeURIComponent(id)}`, {
      onEvent(event, data) {
        if (event !== 'scan') return;
        const next = data as ScanDetail;
        if (lastStatus.current !== null && lastStatus.current !== next.status) {
          setAnnouncement(`Scan is now ${next.status}`);
        }
        lastStatus.current = next.status;
        setScan(next);
      },
      onState(state, detail) {
        if (state === 'closed' && detail) setError(`This scan cannot be followed (${detail}).`);
      },
    });
  }, [id]);

  if (error && !scan) return <ErrorNotice error={error} />;
  if (!scan) return <Loading what="the scan" />;
  const units = onlyFailed ? scan.units.filter((u) => u.status === 'FAILED') : scan.units;
  const failed = scan.units.filter((u) => u.status === 'FAILED').length;
  return (
    <>
      <p class="crumbs">
        <a href="#/scans">Scans</a> / <span class="mono">{scan.id}</span>
      </p>
      <div class="title-row">
        <h1 tabIndex={-1}>
          Scan of {scan.client_id} <StatusBadge status={scan.status} />
        </h1>
        <CancelButton scan={scan} onCancelled={setScan} />
      </div>
      <p class="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      <dl class="facts-grid">
        <dt>Provider</dt>
        <dd>{scan.provider}</dd>
        <dt>Account</dt>
        <dd>{scan.account_id ?? 'not known yet'}</dd>
        <dt>Services</dt>
        <dd>{scan.services.join(', ')}</dd>
        <dt>Regions</dt>
        <dd>{scan.requested_regions?.join(', ') ?? 'every enabled region'}</dd>
        <dt>Auth mode</dt>
        <dd>{scan.auth_mode.type}</dd>
        <dt>Created</dt>
        <dd>{when(scan.created_at)}</dd>
        <dt>Started</dt>
        <dd>{when(scan.started_at)}</dd>
        <dt>Finished</dt>
        <dd>{when(scan.finished_at)}</dd>
      </dl>
      <ScanProgress scan={scan} />
      {scan.error && (
        <p class="notice error">
          <strong>{scan.error.code}</strong> {scan.error.message}
        </p>
      )}
      {!ACTIVE.includes(scan.status) && scan.progress.events > 0 && (
        <section aria-labelledby="explore-title">
          <h2 id="explore-title">Explore and export</h2>
          <p class="links">
            <a href={href('/resources', { scan: scan.id })}>Resources</a>
            <a href={href('/findings', { scan: scan.id })}>Findings</a>
            <a href={href('/cost', { scan: scan.id })}>Cost</a>
            <a href={href('/events', { scan_id: scan.id })}>Events</a>
          </p>
          <ReportButtons scanId={scan.id} />
        </section>
      )}
      <section aria-labelledby="units-title">
        <div class="title-row">
          <h2 id="units-title">
            Units{' '}
            <span class="muted">
              ({scan.units.length}, {failed} failed)
            </span>
          </h2>
          <label class="check">
            <input
              type="checkbox"
              checked={onlyFailed}
              onChange={(e) => setOnlyFailed((e.target as HTMLInputElement).checked)}
            />
            Only failed units
          </label>
        </div>
        {scan.units.length === 0 ? (
          <p class="empty">
            {ACTIVE.includes(scan.status)
              ? 'The scan is being planned: units appear once the account and its regions are known.'
              : 'This scan has no units.'}
          </p>
        ) : (
          <div class="table-wrap">
            <table class="units">
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Region</th>
                  <th scope="col">Account</th>
                  <th scope="col">Status</th>
                  <th scope="col" class="n">
                    Attempts
                  </th>
                  <th scope="col" class="n">
                    Events
                  </th>
                  <th scope="col">Error</th>
                </tr>
              </thead>
              <tbody>
                {units.map((unit) => (
                  <tr key={unit.id}>
                    <td>{unit.service}</td>
                    <td>{unit.region}</td>
                    <td class="mono">{unit.account_id ?? scan.account_id}</td>
                    <td>
                      <StatusBadge status={unit.status} />
                    </td>
                    <td class="n">{unit.attempts}</td>
                    <td class="n">{num(unit.events)}</td>
                    <td>
                      {unit.error && (
                        <>
                          <strong>{unit.error.code}</strong> {unit.error.message}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
