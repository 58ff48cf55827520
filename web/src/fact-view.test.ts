import { describe, expect, it } from 'vitest';
import { factView, inlineText } from './fact-view';

describe('a fact on the resource page', () => {
  it('says a state in words, with its reason', () => {
    expect(factView({ state: 'none' })).toEqual({ kind: 'text', text: 'none' });
    expect(
      factView({
        status: 'not_requested',
        detail: 'the scan did not ask for cost',
      }),
    ).toEqual({ kind: 'text', text: 'not requested: the scan did not ask for cost' });
    expect(
      factView({ reason: 'AccessDenied by SCP', error_code: 'AccessDenied', state: 'failed' }),
    ).toEqual({ kind: 'text', text: 'failed: AccessDenied by SCP (AccessDenied)' });
  });

  it('reads booleans and numbers as a person would', () => {
    expect(factView(true)).toEqual({ kind: 'text', text: 'yes' });
    expect(factView(false)).toEqual({ kind: 'text', text: 'no' });
    expect(factView(1234.5678)).toEqual({ kind: 'text', text: '1,234.57' });
    expect(factView(null)).toEqual({ kind: 'text', text: '—' });
  });

  it('keeps names and ids as they are', () => {
    expect(factView('my_bucket_logs')).toEqual({ kind: 'text', text: 'my_bucket_logs' });
  });

  it('shows an array of records as a table with every column any row has', () => {
    expect(
      factView([
        { volume_id: 'vol-1', size_gib: 100, encrypted: true },
        { volume_id: 'vol-2', size_gib: 8, encrypted: false, iops: 3000 },
      ]),
    ).toEqual({
      kind: 'table',
      columns: ['volume_id', 'size_gib', 'encrypted', 'iops'],
      rows: [
        ['vol-1', '100', 'yes', '—'],
        ['vol-2', '8', 'no', '3,000'],
      ],
    });
  });

  it('shows an array of scalars as a list, an empty one as none', () => {
    expect(factView(['eu-west-1a', 'eu-west-1b'])).toEqual({
      kind: 'list',
      items: ['eu-west-1a', 'eu-west-1b'],
    });
    expect(factView([])).toEqual({ kind: 'text', text: 'none' });
  });

  it('labels each value of a record, and each of a nested one', () => {
    expect(factView({ '2026-11': { mean: 10, lower: 8, upper: 12 }, team: 'data' })).toEqual({
      kind: 'fields',
      entries: [
        {
          label: '2026-11',
          view: {
            kind: 'fields',
            entries: [
              { label: 'mean', view: { kind: 'text', text: '10' } },
              { label: 'lower', view: { kind: 'text', text: '8' } },
              { label: 'upper', view: { kind: 'text', text: '12' } },
            ],
          },
        },
        { label: 'team', view: { kind: 'text', text: 'data' } },
      ],
    });
  });

  it('writes what lies deeper than two levels on one line', () => {
    const deep = { a: { b: { c: { d: 1 } } } };
    expect(factView(deep)).toEqual({
      kind: 'fields',
      entries: [
        {
          label: 'a',
          view: {
            kind: 'fields',
            entries: [{ label: 'b', view: { kind: 'text', text: 'c: d: 1' } }],
          },
        },
      ],
    });
    expect(inlineText({ read: true, write: false })).toBe('read: yes, write: no');
  });
});
