/**
 * JSON.parse with an error a person can act on: "not valid JSON: unexpected end at line 12
 * column 3". Engines word and place their errors differently (and some give no position), so
 * on failure a small scanner finds the first offending character itself.
 */
export interface JsonError {
  line: number;
  column: number;
  offset: number;
  reason: string;
}

export function parseJson(text: string): { value: unknown } | { error: JsonError } {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: locateJsonError(text) };
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

class Fail {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/** The position and reason of the first JSON syntax error in `text`. */
function locateJsonError(text: string): JsonError {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && /[ \t\n\r]/.test(text[i]!)) i++;
  };
  const fail = (reason?: string): never => {
    if (i >= n) throw new Fail(n, 'unexpected end');
    throw new Fail(i, reason ?? `unexpected character ${JSON.stringify(text[i])}`);
  };
  const expect = (s: string) => {
    for (const c of s) {
      if (text[i] !== c) fail();
      i++;
    }
  };
  const string = () => {
    expect('"');
    while (true) {
      if (i >= n) fail();
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        i++;
        if (i >= n) fail();
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape');
          i += 5;
        } else if ('"\\/bfnrt'.includes(text[i]!)) i++;
        else fail('bad escape');
      } else if (c.charCodeAt(0) < 0x20) fail('control character inside a string');
      else i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > 500) fail('nested too deeply');
    ws();
    if (i >= n) fail();
    const c = text[i]!;
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      while (true) {
        ws();
        string();
        ws();
        expect(':');
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      while (true) {
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    } else if (c === '"') string();
    else if (c === 't') expect('true');
    else if (c === 'f') expect('false');
    else if (c === 'n') expect('null');
    else {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m) fail();
      i += m![0].length;
    }
  };
  try {
    value(0);
    ws();
    if (i < n) fail('more text after the end of the JSON value');
    return { offset: n, reason: 'not valid JSON', ...lineColumn(text, n) };
  } catch (e) {
    const f = e instanceof Fail ? e : new Fail(i, 'nested too deeply');
    return { offset: f.offset, reason: f.reason, ...lineColumn(text, f.offset) };
  }
}
