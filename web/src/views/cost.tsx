import { useMemo } from 'preact/hooks';
import { UsdBarChart, type Series } from '../components/chart';
import { Empty, ErrorNotice, Loading } from '../components/common';
import { shortId, usd } from '../format';
import { ScanPicker, useScanReport } from '../report';
import { href, type Route } from '../router';
import type { CostAmount, Report } from '../types';

const TOP = 12;

function amounts(list: CostAmount[]): { labels: string[]; series: Series[] } {
  const top = list.slice(0, TOP);
  return {
    labels: top.map((a) => a.name),
    series: [{ label: 'USD', values: top.map((a) => a.usd) }],
  };
}

function monthly(cost: Report['cost']): { labels: string[]; series: Series[]; stacked: boolean } {
  const labels = cost.months.map((m) => m.month);
  const services = [...new Set(cost.months.flatMap((m) => Object.keys(m.by_service)))];
  if (services.length === 0) {
    return {
      labels,
      stacked: false,
      series: [{ label: 'Total', values: cost.months.map((m) => m.total_usd) }],
    };
  }
  const ranked = services
    .map((s) => ({ s, total: cost.months.reduce((sum, m) => sum + (m.by_service[s] ?? 0), 0) }))
    .sort((a, b) => b.total - a.total);
  const shown = ranked.slice(0, 7).map((r) => r.s);
  const series: Series[] = shown.map((s) => ({
    label: s,
    values: cost.months.map((m) => m.by_service[s] ?? 0),
  }));
  if (ranked.length > shown.length) {
    series.push({
      label: 'Other',
      values: cost.months.map(
        (m) => m.total_usd - shown.reduce((sum, s) => sum + (m.by_service[s] ?? 0), 0),
      ),
    });
  }
  return { labels, series, stacked: true };
}

export function CostView({ route }: { route: Route }) {
  const { scans, scanId, report, error } = useScanReport(route.params.get('scan'));
  const cost = report?.cost;
  const charts = useMemo(
    () =>
      cost && {
        months: monthly(cost),
        services: amounts(cost.by_service),
        regions: amounts(cost.by_region),
        wasteServices: amounts(cost.waste_by_service),
        wasteRegions: amounts(cost.waste_by_region),
      },
    [cost],
  );
  const lastMonth = cost?.months[cost.months.length - 1];
  return (
    <>
      <h1 tabIndex={-1}>Cost</h1>
      <ScanPicker path="/cost" scans={scans} scanId={scanId} />
      <ErrorNotice error={error} />
      {scans && scanId === null && <Empty>No finished scan yet.</Empty>}
      {scanId && !report && !error && <Loading what="the cost" />}
      {cost && !cost.has_data && (
        <Empty>This scan holds no cost data: cost collection is opt-in per scan.</Empty>
      )}
      {cost?.waste_status === 'unknown' && (
        <p class="notice" role="note">
          Waste in dollars is unknown: {cost.waste_unknown_reasons.join('; ')}.
        </p>
      )}
      {report && cost?.has_data && charts && (
        <>
          <ul class="cards" aria-label="Cost summary">
            <li class="card">
              <b>{lastMonth ? usd(lastMonth.total_usd) : '—'}</b>
              {lastMonth ? `spent in ${lastMonth.month}` : 'no monthly figure'}
            </li>
            <li class="card">
              <b>{cost.forecast_usd !== null ? usd(cost.forecast_usd) : '—'}</b>
              forecast this month
            </li>
            <li class="card">
              <b>{cost.waste_status === 'unknown' ? 'unknown' : usd(cost.waste_total_usd)}</b>
              {cost.waste_status === 'unknown'
                ? 'waste a month (not priced)'
                : 'estimated waste a month'}
            </li>
          </ul>
          <div class="charts">
            {charts.months.labels.length > 0 && (
              <UsdBarChart
                id="chart-months"
                title="By month"
                labels={charts.months.labels}
                series={charts.months.series}
                stacked={charts.months.stacked}
              />
            )}
            {charts.services.labels.length > 0 && (
              <UsdBarChart id="chart-services" title="By service" horizontal {...charts.services} />
            )}
            {charts.regions.labels.length > 0 && (
              <UsdBarChart id="chart-regions" title="By region" horizontal {...charts.regions} />
            )}
            {charts.wasteServices.labels.length > 0 && (
              <UsdBarChart
                id="chart-waste"
                title="Waste by service (a month)"
                horizontal
                {...charts.wasteServices}
              />
            )}
            {charts.wasteRegions.labels.length > 0 && (
              <UsdBarChart
                id="chart-waste-regions"
                title="Waste by region (a month)"
                horizontal
                {...charts.wasteRegions}
              />
            )}
          </div>
          <section aria-labelledby="waste-title">
            <h2 id="waste-title">Waste, ranked by dollars</h2>
            {cost.waste.length === 0 ? (
              <Empty>
                {cost.waste_status === 'unknown' ? 'Waste could not be priced.' : 'No waste found.'}
              </Empty>
            ) : (
              <div class="table-wrap">
                <table class="waste">
                  <thead>
                    <tr>
                      <th scope="col" class="n">
                        #
                      </th>
                      <th scope="col">Resource</th>
                      <th scope="col">Service</th>
                      <th scope="col">Region</th>
                      <th scope="col">Why</th>
                      <th scope="col" class="n">
                        USD a month
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {cost.waste.map((w, i) => (
                      <tr key={w.resource_id}>
                        <td class="n">{i + 1}</td>
                        <td>
                          <a
                            href={href('/resources', {
                              scan: report.scan.id,
                              resource: w.resource_id,
                            })}
                          >
                            {shortId(w.resource_id)}
                          </a>
                        </td>
                        <td>{w.service}</td>
                        <td>{w.region}</td>
                        <td>{w.reason}</td>
                        <td class="n">{usd(w.usd)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </>
  );
}
