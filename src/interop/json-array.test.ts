import { describe, expect, it } from 'vitest';
import { JsonArrayError, readJsonArray } from './json-array.js';

async function read(chunks: string[], maxRecordChars?: number) {
  const out = [];
  const options = maxRecordChars === undefined ? {} : { maxRecordChars };
  for await (const record of readJsonArray(chunks, options)) out.push(record);
  return out;
}

async function failure(chunks: string[]): Promise<JsonArrayError> {
  try {
    await read(chunks);
  } catch (error) {
    if (error instanceof JsonArrayError) return error;
    throw error;
  }
  throw new Error('expected a JsonArrayError');
}

/** Every split of `text` in two chunks: a record boundary can fall anywhere. */
function splits(text: string): string[][] {
  return Array.from({ length: text.length + 1 }, (_, i) => [text.slice(0, i), text.slice(i)]);
}

const PRETTY = '[{\n    "a": "x}]\\"{",\n    "b": [1, {"c": 2}]\n},{\n    "d": null\n}]\n';

describe('readJsonArray', () => {
  it('yields each record with its index and first line, wherever the chunks split', async () => {
    for (const chunks of splits(PRETTY)) {
      expect(await read(chunks)).toEqual([
        { index: 0, line: 1, value: { a: 'x}]"{', b: [1, { c: 2 }] } },
        { index: 1, line: 4, value: { d: null } },
      ]);
    }
  });

  it('reads an empty array, a byte-order mark and surrounding whitespace', async () => {
    expect(await read(['\ufeff \n[ \n ]\n'])).toEqual([]);
  });

  it('names a truncated record by index and line', async () => {
    const error = await failure([PRETTY.slice(0, PRETTY.indexOf('"d"'))]);
    expect(error.message).toBe(
      'the file is truncated: record [1] starting at line 4 is incomplete',
    );
    expect(error.position).toEqual({ index: 1, line: 4 });
  });

  it('says when the array is never closed', async () => {
    expect((await failure(['[{"a":1},\n'])).message).toBe(
      'the file is truncated: the array is not closed after record [0] (line 2)',
    );
    expect((await failure(['[{"a":1}'])).message).toBe(
      'the file is truncated: the array is not closed after record [0] (line 1)',
    );
  });

  it('refuses what is not a JSON array of objects', async () => {
    expect((await failure([''])).message).toBe('the file is empty: expected a JSON array');
    expect((await failure(['\n<html>'])).message).toBe(
      "the file is not a JSON array: expected '[' at line 2, found '<'",
    );
    expect((await failure(['[{"a":1},\n 42]'])).message).toBe(
      "record [1] (line 2) is not a JSON object: found '4'",
    );
    expect((await failure(['[{"a":1} {"b":2}]'])).message).toBe(
      "expected ',' or ']' after record [0] at line 1, found '{'",
    );
    expect((await failure(['[{"a":1}]\n]'])).message).toBe(
      "unexpected ']' at line 2 after the array's closing ']'",
    );
  });

  it('hands a malformed record to JSON.parse and names it', async () => {
    const error = await failure(['[{"a":1},\n{"b": tru}]']);
    expect(error.message).toMatch(/^record \[1\] \(line 2\) is not valid JSON: /);
  });

  it('refuses a record larger than the bound instead of holding it', async () => {
    const big = `[{"a":"${'x'.repeat(100)}"}]`;
    await expect(read([big.slice(0, 50), big.slice(50)], 40)).rejects.toThrow(
      'record [0] (line 1) is larger than 40 characters',
    );
  });
});
