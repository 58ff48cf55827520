/** Where a problem is in a JSON array file: the record's index (0-based) and its first line (1-based). */
export interface RecordPosition {
  index: number;
  line: number;
}

/** The input is not a well-formed JSON array of objects; the message names where. */
export class JsonArrayError extends Error {
  constructor(
    message: string,
    readonly position: Partial<RecordPosition> = {},
  ) {
    super(message);
  }
}

export interface JsonRecord extends RecordPosition {
  value: Record<string, unknown>;
}

export interface JsonArrayOptions {
  /** Largest record, in characters: a bound on memory whatever the file. */
  maxRecordChars?: number;
}

const DEFAULT_MAX_RECORD_CHARS = 16 * 1024 * 1024;

const enum State {
  BeforeArray,
  BeforeFirst,
  BeforeNext,
  AfterComma,
  InRecord,
  AfterArray,
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const BOM = 0xfeff;

function isSpace(code: number): boolean {
  return code === 0x20 || code === NEWLINE || code === 0x0d || code === 0x09;
}

function shown(code: number): string {
  const char = String.fromCharCode(code);
  return /[\x21-\x7e]/.test(char) ? `'${char}'` : `U+${code.toString(16).padStart(4, '0')}`;
}

/**
 * Reads a JSON array of objects from text chunks and yields one parsed object at a time, with its
 * index and first line, so that a file of any size is read with one record in memory. The
 * scanner only tracks strings and nesting to find each record's end; `JSON.parse` judges the
 * record itself. A truncated file, a stray character or an invalid record is a JsonArrayError
 * naming the record and line.
 */
export async function* readJsonArray(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: JsonArrayOptions = {},
): AsyncGenerator<JsonRecord> {
  const maxChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  let state = State.BeforeArray;
  let line = 1;
  let index = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let recordLine = 0;
  let parts: string[] = [];
  let partsLength = 0;
  let seenAnything = false;

  const finish = (text: string): JsonRecord => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new JsonArrayError(
        `record [${index}] (line ${recordLine}) is not valid JSON: ${reason}`,
        {
          index,
          line: recordLine,
        },
      );
    }
    return { index, line: recordLine, value: value as Record<string, unknown> };
  };

  for await (const chunk of chunks) {
    let start = -1;
    if (state === State.InRecord) start = 0;
    for (let i = 0; i < chunk.length; i += 1) {
      const code = chunk.charCodeAt(i);
      if (state === State.InRecord) {
        if (code === NEWLINE) line += 1;
        if (inString) {
          if (escaped) escaped = false;
          else if (code === BACKSLASH) escaped = true;
          else if (code === QUOTE) inString = false;
          continue;
        }
        if (code === QUOTE) inString = true;
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth += 1;
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
          depth -= 1;
          if (depth === 0) {
            parts.push(chunk.slice(start, i + 1));
            const text = parts.join('');
            parts = [];
            partsLength = 0;
            start = -1;
            yield finish(text);
            index += 1;
            state = State.BeforeNext;
          }
        }
        continue;
      }
      if (code === NEWLINE) {
        line += 1;
        continue;
      }
      if (isSpace(code) || (code === BOM && !seenAnything)) continue;
      seenAnything = true;
      switch (state) {
        case State.BeforeArray:
          if (code !== OPEN_BRACKET) {
            throw new JsonArrayError(
              `the file is not a JSON array: expected '[' at line ${line}, found ${shown(code)}`,
              { line },
            );
          }
          state = State.BeforeFirst;
          break;
        case State.BeforeFirst:
        case State.AfterComma:
          if (code === CLOSE_BRACKET && state === State.BeforeFirst) {
            state = State.AfterArray;
            break;
          }
          if (code !== OPEN_BRACE) {
            throw new JsonArrayError(
              `record [${index}] (line ${line}) is not a JSON object: found ${shown(code)}`,
              { index, line },
            );
          }
          state = State.InRecord;
          depth = 1;
          recordLine = line;
          start = i;
          break;
        case State.BeforeNext:
          if (code === COMMA) state = State.AfterComma;
          else if (code === CLOSE_BRACKET) state = State.AfterArray;
          else {
            throw new JsonArrayError(
              `expected ',' or ']' after record [${index - 1}] at line ${line}, found ${shown(code)}`,
              { index: index - 1, line },
            );
          }
          break;
        case State.AfterArray:
          throw new JsonArrayError(
            `unexpected ${shown(code)} at line ${line} after the array's closing ']'`,
            { line },
          );
      }
    }
    if (state === State.InRecord && start >= 0) {
      const rest = chunk.slice(start);
      parts.push(rest);
      partsLength += rest.length;
      if (partsLength > maxChars) {
        throw new JsonArrayError(
          `record [${index}] (line ${recordLine}) is larger than ${maxChars} characters`,
          { index, line: recordLine },
        );
      }
    }
  }

  switch (state as State) {
    case State.BeforeArray:
      throw new JsonArrayError(
        seenAnything ? 'the file is not a JSON array' : 'the file is empty: expected a JSON array',
      );
    case State.InRecord:
      throw new JsonArrayError(
        `the file is truncated: record [${index}] starting at line ${recordLine} is incomplete`,
        { index, line: recordLine },
      );
    case State.BeforeFirst:
    case State.BeforeNext:
    case State.AfterComma:
      throw new JsonArrayError(
        `the file is truncated: the array is not closed` +
          (index > 0 ? ` after record [${index - 1}] (line ${line})` : ` (line ${line})`),
        { line },
      );
    case State.AfterArray:
      return;
  }
}
