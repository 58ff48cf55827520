import { num } from './format';
import type { JsonValue } from './types';

/**
 * How one fact's value reads on the resource page: words for scalars and states, a list for an
 * array of scalars, a table for an array of records, labelled values for a record.
 */
export type FactView =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: string[]; rows: string[][] }
  | { kind: 'fields'; entries: { label: string; view: FactView }[] };

/** Deeper than this, a record is shown as one line of text. */
const MAX_DEPTH = 2;

type JsonRecord = { [key: string]: JsonValue };

const isRecord = (value: JsonValue): value is JsonRecord =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `not_requested` → `not requested`: a state's name read as words (states only: names and ids keep their underscores). */
const words = (text: string): string =>
  /^[a-z]+(_[a-z]+)+$/.test(text) ? text.replace(/_/g, ' ') : text;

/** One value on one line: what a table cell or a list item shows. */
export function inlineText(value: JsonValue): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return num(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(inlineText).join(', ');
  const state = stateText(value);
  if (state !== null) return state;
  return Object.entries(value)
    .map(([k, v]) => `${k}: ${inlineText(v)}`)
    .join(', ');
}

/**
 * `{state: 'none'}` or `{status: 'unavailable', error_code, detail}`: a state with its reason,
 * in words; null when the record is not such a state.
 */
function stateText(value: JsonRecord): string | null {
  const state = value['state'] ?? value['status'];
  if (typeof state !== 'string') return null;
  const rest = Object.keys(value).filter((k) => k !== 'state' && k !== 'status');
  if (!rest.every((k) => ['reason', 'detail', 'error_code', 'message'].includes(k))) return null;
  const why = ['reason', 'detail', 'message']
    .map((k) => value[k])
    .find((v): v is string => typeof v === 'string');
  const code = typeof value['error_code'] === 'string' ? value['error_code'] : undefined;
  const tail = [why, code && `(${code})`].filter(Boolean).join(' ');
  return tail ? `${words(state)}: ${tail}` : words(state);
}

export function factView(value: JsonValue, depth = 0): FactView {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isRecord)) {
      const columns = [...new Set(value.flatMap((row) => Object.keys(row)))];
      return {
        kind: 'table',
        columns,
        rows: value.map((row) => columns.map((c) => inlineText(row[c] ?? null))),
      };
    }
    return value.length === 0
      ? { kind: 'text', text: 'none' }
      : { kind: 'list', items: value.map(inlineText) };
  }
  if (isRecord(value)) {
    const state = stateText(value);
    if (state !== null) return { kind: 'text', text: state };
    const entries = Object.entries(value);
    if (entries.length === 0) return { kind: 'text', text: 'none' };
    if (depth >= MAX_DEPTH) return { kind: 'text', text: inlineText(value) };
    return {
      kind: 'fields',
      entries: entries.map(([label, v]) => ({ label, view: factView(v, depth + 1) })),
    };
  }
  return { kind: 'text', text: inlineText(value) };
}
