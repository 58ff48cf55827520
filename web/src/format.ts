import type { JsonValue } from './types';

const usdFormat = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 2,
});
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const usd = (value: number): string => usdFormat.format(value);
export const num = (value: number): string => numberFormat.format(value);

export function when(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** `aws.performance.ec2.cpu_utilization.average` → `cpu_utilization.average`. */
export const shortMetric = (metricType: string): string =>
  metricType.split('.').slice(3).join('.') || metricType;

/** The end of a resource id, decoded, which tells resources apart (`i-0abc`, `Amazon S3`). */
export function shortId(resourceId: string): string {
  const parts = resourceId.split(/[/:]/).filter(Boolean);
  const segment = parts[parts.length - 1] ?? resourceId;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function valueText(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export const humanize = (name: string): string =>
  name.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
