/** A full metric type has at least four parts: `provider.category.service.metric`. */
const FULL_METRIC_PARTS = 4;

/**
 * The `metric_type` filter of an events query as the store reads it: an exact metric type, or a
 * prefix ending with a dot. `aws.security` (fewer parts than any metric type has) can only mean
 * the prefix `aws.security.`, so it is read as one rather than silently matching nothing.
 */
export function metricTypeFilter(value: string): string {
  if (value.endsWith('.')) return value;
  return value.split('.').length < FULL_METRIC_PARTS ? `${value}.` : value;
}
