import {
  CHECK_STATUSES,
  eventsMatching,
  type CbpEvent,
  type CheckDefinition,
  type CheckStatus,
  type Scan,
  type ScanUnit,
  type Store,
} from '../../core/index.js';
import { checkIdOf, type CheckRegistry } from '../registry.js';
import { isSelected } from '../selection.js';
import type { Control, Framework } from './framework.js';

export const CONTROL_STATUSES = ['PASSED', 'FAILED', 'MANUAL', 'ERROR', 'NOT_EVALUATED'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

/** One stored check result, read back from its event. */
export interface StoredResult {
  check_id: string;
  resource_id: string;
  status: CheckStatus;
  reason: string;
  account_id: string;
  region: string;
}

export interface ControlSummary {
  id: string;
  title: string;
  section: string;
  automated: boolean;
  status: ControlStatus;
  /** Why the control has this status, in one line. */
  reason: string;
  checks: string[];
  results: { pass: number; fail: number; error: number; manual: number };
  /** FAIL and ERROR results (the first MAX_FINDINGS): what to fix, or what could not be seen. */
  findings: StoredResult[];
}

export interface ComplianceSummary {
  scan_id: string;
  framework: { id: string; name: string; version: string };
  totals: {
    controls: number;
    passed: number;
    failed: number;
    manual: number;
    error: number;
    not_evaluated: number;
  };
  controls: ControlSummary[];
}

/** What the summary needs of the scan besides its results. */
export interface ScanScope {
  scan: Pick<Scan, 'id' | 'provider' | 'services' | 'options'>;
  units: Pick<ScanUnit, 'service' | 'region' | 'status' | 'error'>[];
}

const MAX_FINDINGS = 100;

function isStatus(value: unknown): value is CheckStatus {
  return typeof value === 'string' && (CHECK_STATUSES as readonly string[]).includes(value);
}

/** The check result a stored event holds, or null when it is not a result of a known check. */
function resultOf(event: CbpEvent, registry: CheckRegistry): StoredResult | null {
  const checkId = checkIdOf(event.metric_type);
  if (checkId === null || registry.get(checkId) === undefined) return null;
  const value = event.metric_value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  if (!isStatus(value.status)) return null;
  return {
    check_id: checkId,
    resource_id: event.resource_id,
    status: value.status,
    reason: typeof value.reason === 'string' ? value.reason : '',
    account_id: event.account_id,
    region: event.region,
  };
}

/** Check results from stored events; events that are not results of a known check are skipped. */
export function resultsFromEvents(
  events: Iterable<CbpEvent>,
  registry: CheckRegistry,
): StoredResult[] {
  const out: StoredResult[] = [];
  for (const event of events) {
    const result = resultOf(event, registry);
    if (result !== null) out.push(result);
  }
  return out;
}

/** Every stored check result of a scan, page by page. */
export async function loadScanResults(
  store: Pick<Store, 'queryEvents'>,
  scan: Pick<Scan, 'id' | 'provider'>,
  registry: CheckRegistry,
): Promise<StoredResult[]> {
  const results: StoredResult[] = [];
  const events = eventsMatching(store, {
    scan_id: scan.id,
    metric_type: `${scan.provider}.security.`,
  });
  for await (const event of events) {
    const result = resultOf(event, registry);
    if (result !== null) results.push(result);
  }
  return results;
}

function summarizeControl(
  control: Control,
  checks: CheckDefinition[],
  results: StoredResult[],
  scope: ScanScope,
): ControlSummary {
  const counts = { pass: 0, fail: 0, error: 0, manual: 0 };
  for (const r of results) counts[r.status.toLowerCase() as keyof typeof counts] += 1;
  const findings = results
    .filter((r) => r.status === 'FAIL' || r.status === 'ERROR')
    .slice(0, MAX_FINDINGS)
    .map((r) => ({ ...r }));
  const base = {
    id: control.id,
    title: control.title,
    section: control.section,
    automated: control.automated,
    checks: checks.map((c) => c.id),
    results: counts,
    findings,
  };
  const status = (s: ControlStatus, reason: string): ControlSummary => ({
    ...base,
    status: s,
    reason,
  });

  if (!control.automated) {
    return status(
      'MANUAL',
      results.length > 0
        ? `assess by hand; supporting checks: ${counts.pass} passed, ${counts.fail} failed, ${counts.error} in error`
        : 'assess by hand',
    );
  }
  if (checks.length === 0) return status('NOT_EVALUATED', 'no check implements this control yet');
  if (counts.fail > 0) return status('FAILED', `${counts.fail} resource(s) failed`);
  if (counts.error > 0) return status('ERROR', `${counts.error} result(s) in error`);

  const services = new Set(checks.map((c) => c.service));
  const ran = checks.filter(
    (c) =>
      c.provider === scope.scan.provider &&
      scope.scan.services.includes(c.service) &&
      isSelected(c, scope.scan.options),
  );
  if (ran.length === 0) {
    const missing = [...services].filter((s) => !scope.scan.services.includes(s));
    return status(
      'NOT_EVALUATED',
      missing.length > 0
        ? `not scanned: ${missing.join(', ')}`
        : "the scan's check filters left this control's checks out",
    );
  }

  // Unknown is never PASS: results are only as complete as the units that listed the resources.
  const unread = unreadScope(new Set(ran.map((c) => c.service)), scope.units);
  if (unread.length > 0)
    return status('NOT_EVALUATED', `the scan could not read ${unread.join(', ')}`);
  if (counts.pass > 0) return status('PASSED', `${counts.pass} resource(s) passed`);
  return status('PASSED', 'no resource in scope');
}

/**
 * What the scan did not read of these services: a unit that failed, was cancelled or has not
 * finished, and a service of which no unit ran at all (a scan that could not even connect).
 */
function unreadScope(services: ReadonlySet<string>, units: ScanScope['units']): string[] {
  const out: string[] = [];
  for (const service of [...services].sort()) {
    const own = units.filter((u) => u.service === service);
    if (own.length === 0) {
      out.push(`${service} (no unit ran)`);
      continue;
    }
    for (const u of own) {
      // A PARTIAL unit ran: its checks that could not judge say ERROR on their own.
      if (u.status === 'SUCCEEDED' || u.status === 'PARTIAL') continue;
      out.push(
        `${service} ${u.region} (${u.status === 'FAILED' ? (u.error?.code ?? 'failed') : u.status.toLowerCase()})`,
      );
    }
  }
  return out;
}

/**
 * A framework's controls for one scan: automated controls from the results of the checks mapped to
 * them (FAILED over ERROR over PASSED). A control is PASSED only when every unit that would list its
 * resources succeeded; one whose units failed, were cancelled or did not run, or whose checks were
 * not run, is NOT_EVALUATED — never passed on what was not read. Manual ones are MANUAL with their
 * supporting results.
 */
export function summarizeCompliance(
  framework: Framework,
  registry: CheckRegistry,
  results: readonly StoredResult[],
  scope: ScanScope,
): ComplianceSummary {
  const byCheck = new Map<string, StoredResult[]>();
  for (const r of results) {
    const list = byCheck.get(r.check_id);
    if (list) list.push(r);
    else byCheck.set(r.check_id, [r]);
  }
  const all = registry.all();
  const controls = framework.controls.map((control) => {
    const checks = all.filter((c) => c.compliance[framework.id]?.includes(control.id));
    const controlResults = checks.flatMap((c) => byCheck.get(c.id) ?? []);
    return summarizeControl(control, checks, controlResults, scope);
  });
  const count = (s: ControlStatus) => controls.filter((c) => c.status === s).length;
  return {
    scan_id: scope.scan.id,
    framework: { id: framework.id, name: framework.name, version: framework.version },
    totals: {
      controls: controls.length,
      passed: count('PASSED'),
      failed: count('FAILED'),
      manual: count('MANUAL'),
      error: count('ERROR'),
      not_evaluated: count('NOT_EVALUATED'),
    },
    controls,
  };
}

/**
 * Every framework of the scan's provider, summarised for the scan: what the report, the dashboard
 * and the CLI show, the same as `/scans/:id/compliance` for each framework.
 */
export async function summarizeScanCompliance(
  store: Pick<Store, 'queryEvents'>,
  scan: ScanScope['scan'],
  units: ScanScope['units'],
  registry: CheckRegistry,
): Promise<ComplianceSummary[]> {
  const frameworks = registry.frameworks(scan.provider);
  if (frameworks.length === 0) return [];
  const results = await loadScanResults(store, scan, registry);
  return frameworks.map((framework) =>
    summarizeCompliance(framework, registry, results, { scan, units }),
  );
}
