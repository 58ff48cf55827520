import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { usd } from '../format';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const PALETTE = [
  '#1f5fbf',
  '#0f8b8d',
  '#c2410c',
  '#7c3aed',
  '#a16207',
  '#be185d',
  '#4b5563',
  '#15803d',
];

export interface Series {
  label: string;
  values: number[];
}

/**
 * A bar chart of dollars with its figures also in a table, so that a screen reader or a keyboard
 * user gets the same numbers.
 */
export function UsdBarChart(props: {
  title: string;
  labels: string[];
  series: Series[];
  horizontal?: boolean;
  stacked?: boolean;
  id: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { labels, series, horizontal = false, stacked = false } = props;
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.values,
          backgroundColor: PALETTE[i % PALETTE.length],
          borderRadius: 2,
        })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: series.length > 1, position: 'bottom' },
          tooltip: {
            callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${usd(Number(ctx.raw))}` },
          },
        },
        scales: {
          x: { stacked, ticks: horizontal ? { callback: (v) => usd(Number(v)) } : {} },
          y: { stacked, ticks: horizontal ? {} : { callback: (v) => usd(Number(v)) } },
        },
      },
    });
    return () => chart.destroy();
  }, [labels, series, horizontal, stacked]);
  const height = horizontal ? Math.max(160, labels.length * 28 + 60) : 260;
  return (
    <figure class="chart" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`}>{props.title}</figcaption>
      <div style={{ height: `${height}px` }}>
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${props.title}: the figures are in the table below`}
        />
      </div>
      <details>
        <summary>Figures</summary>
        <table>
          <thead>
            <tr>
              <th scope="col" />
              {series.map((s) => (
                <th scope="col" class="n" key={s.label}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, i) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.map((s) => (
                  <td class="n" key={s.label}>
                    {usd(s.values[i] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
