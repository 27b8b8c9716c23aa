import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNames, writeNames } from '../../components/options/policies/name-list';

describe('a field of names', () => {
  it('reads names separated by commas, a quoted one keeping its comma', () => {
    expect(readNames(' High, Urgent ,,')).toEqual(['High', 'Urgent']);
    expect(readNames('"Sales, EMEA", Support')).toEqual(['Sales, EMEA', 'Support']);
    expect(readNames('"The ""VIP"" queue"')).toEqual(['The "VIP" queue']);
    expect(readNames('')).toEqual([]);
  });

  it('writes names so that reading gives them back', () => {
    expect(writeNames(['Sales, EMEA', 'Support'])).toBe('"Sales, EMEA", Support');
    const name = fc.string({ minLength: 1 }).filter((text) => text.trim() === text && text !== '');
    fc.assert(
      fc.property(fc.array(name), (names) => {
        expect(readNames(writeNames(names))).toEqual(names);
      }),
    );
  });
});
