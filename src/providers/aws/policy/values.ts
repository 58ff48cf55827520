/** A policy field that is one value or a list; booleans and numbers are written as strings. */
export function strings(value: unknown): string[] {
  const one = (v: unknown): string[] =>
    typeof v === 'string'
      ? [v]
      : typeof v === 'boolean' || typeof v === 'number'
        ? [String(v)]
        : [];
  return Array.isArray(value) ? value.flatMap(one) : one(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * IAM's wildcard match (`*` any run, `?` one character), case-insensitive as action names are.
 * Used for actions and resources.
 */
export function wildcardMatch(pattern: string, value: string): boolean {
  if (!hasWildcard(pattern)) return pattern.toLowerCase() === value.toLowerCase();
  let compiled = COMPILED.get(pattern);
  if (compiled === undefined) {
    const source = pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    compiled = new RegExp(`^${source}$`, 'is');
    if (COMPILED.size < 10_000) COMPILED.set(pattern, compiled);
  }
  return compiled.test(value);
}

/** Patterns repeat across an account's policies (`s3:Get*`, `*`): each is compiled once. */
const COMPILED = new Map<string, RegExp>();

export function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?');
}
