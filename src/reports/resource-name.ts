/**
 * The last segment of a resource id, decoded, which tells resources apart and reads as a name:
 * `…:instance/i-0abc` → `i-0abc`, `…:service/Amazon%20S3` → `Amazon S3`.
 */
export function lastSegmentOf(resourceId: string): string {
  const parts = resourceId.split(/[/:]/).filter(Boolean);
  const segment = parts[parts.length - 1] ?? resourceId;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
