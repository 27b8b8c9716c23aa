// @vitest-environment node
/** Locating where a text stops being JSON: agrees with JSON.parse on what is valid, and points at the fault. */
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn } from '../../core/store/json-error-offset';

describe('jsonErrorOffset', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]} ', '"s"', '0'])
      expect(jsonErrorOffset(text), text).toBeNull();
  });

  it('points at the first character that breaks it', () => {
    expect(jsonErrorOffset('{"a": 1,,}')).toBe(8);
    expect(jsonErrorOffset('{"version": }')).toBe(12);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('abc')).toBe(0);
    expect(jsonErrorOffset('')).toBe(0);
    expect(jsonErrorOffset('{"a": 1')).toBe(7);
    expect(jsonErrorOffset('[1, 2] x')).toBe(7);
    expect(jsonErrorOffset('{"a": 01}')).toBe(7);
    expect(jsonErrorOffset("{'a': 1}")).toBe(1);
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['{"a":1,}', '[1,]', '"\t"', '1.', '.5', '-', 'tru', '{"a":"\\x"}', '[1 2]']) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(jsonErrorOffset(text), text).not.toBeNull();
    }
  });

  it('gives 1-based lines and columns', () => {
    expect(lineAndColumn('{\n  "a": ,\n}', 9)).toEqual({ line: 2, column: 8 });
  });
});
