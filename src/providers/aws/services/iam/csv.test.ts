import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvWithHeader } from './csv.js';

describe('parseCsv', () => {
  it('splits plain records on LF and CRLF', () => {
    expect(parseCsv('a,b,c\n1,2,3\r\n4,,6')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '', '6'],
    ]);
  });

  it('keeps commas, quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('user,arn\n"ops,admin","say ""hi""\nthere"\n')).toEqual([
      ['user', 'arn'],
      ['ops,admin', 'say "hi"\nthere'],
    ]);
  });

  it('keeps a trailing empty field and ignores one final line break', () => {
    expect(parseCsv('a,b,\n')).toEqual([['a', 'b', '']]);
  });

  it('rejects a quoted field that never closes', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(SyntaxError);
  });
});

describe('parseCsvWithHeader', () => {
  it('keys each record by the header and skips blank lines', () => {
    expect(parseCsvWithHeader('user,mfa_active\nalice,true\n\nbob,false\n')).toEqual([
      { user: 'alice', mfa_active: 'true' },
      { user: 'bob', mfa_active: 'false' },
    ]);
  });
});
