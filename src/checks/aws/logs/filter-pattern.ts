/**
 * Reads the conditions out of a CloudWatch Logs JSON filter pattern, so that a filter can be
 * matched against the benchmark's patterns however it is written: whitespace, quotes, parentheses
 * and the order of terms do not matter. What is compared is the set of `$.field op value`
 * conditions a pattern states (the boolean structure between them is not judged).
 */

export type Operator = '=' | '!=' | 'NOT EXISTS' | 'EXISTS' | 'IS NULL' | 'NOT NULL';

export interface Condition {
  /** The JSON path without its `$.` prefix, e.g. `eventName`, `userIdentity.type`. */
  field: string;
  op: Operator;
  /** Unquoted, whitespace collapsed; absent for existence tests. */
  value?: string;
}

export const eq = (field: string, value: string): Condition => ({ field, op: '=', value });
export const ne = (field: string, value: string): Condition => ({ field, op: '!=', value });
export const notExists = (field: string): Condition => ({ field, op: 'NOT EXISTS' });

export function conditionKey(c: Condition): string {
  return c.value === undefined ? `$.${c.field} ${c.op}` : `$.${c.field} ${c.op} ${c.value}`;
}

const COMPARISON = /\$\.([\w.[\]-]+)\s*(!=|=)\s*("(?:[^"\\]|\\.)*"|[^&|()}]+)/g;
const EXISTENCE = /\$\.([\w.[\]-]+)\s+(NOT\s+EXISTS|IS\s+NULL|NOT\s+NULL|EXISTS)\b/gi;

function cleanValue(raw: string): string {
  const trimmed = raw.trim();
  const unquoted =
    trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
      ? trimmed.slice(1, -1).replace(/\\"/g, '"')
      : trimmed;
  return unquoted.replace(/\s+/g, ' ').trim();
}

/** Every condition a JSON filter pattern states, as `conditionKey`s. */
export function parseConditions(pattern: string): Set<string> {
  const keys = new Set<string>();
  for (const m of pattern.matchAll(COMPARISON)) {
    keys.add(conditionKey({ field: m[1]!, op: m[2] as Operator, value: cleanValue(m[3]!) }));
  }
  for (const m of pattern.matchAll(EXISTENCE)) {
    keys.add(
      conditionKey({ field: m[1]!, op: m[2]!.toUpperCase().replace(/\s+/g, ' ') as Operator }),
    );
  }
  return keys;
}

/** The required conditions a pattern does not state. */
export function missingConditions(pattern: string, required: readonly Condition[]): string[] {
  const stated = parseConditions(pattern);
  return required.map(conditionKey).filter((key) => !stated.has(key));
}
