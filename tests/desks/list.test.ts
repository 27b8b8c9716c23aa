import { describe, expect, it } from 'vitest';
import { addDesk, MAX_DESKS, patternInUse, removeDesk } from '../../core/desks';
import { settingsSchema } from '../../core/store/records';

const desk = (base: string, name = base) => ({ base, tool: 'rt', name });
const support = desk('https://support.example.com/rt/', 'Support');
const billing = desk('https://support.example.com/billing/', 'Billing');
const lab = desk('http://127.0.0.1:8080/', 'Lab');

describe('the desk list', () => {
  it('adds a desk at the end, but never the same base twice', () => {
    expect(addDesk([support], lab)).toEqual({ ok: true, desks: [support, lab] });
    expect(addDesk([support, lab], desk(support.base, 'Again'))).toEqual({ ok: false, problem: 'duplicate' });
    // Another path on the same origin is another desk.
    expect(addDesk([support], billing)).toEqual({ ok: true, desks: [support, billing] });
  });

  it('stops at the limit the settings schema allows', () => {
    const full = Array.from({ length: MAX_DESKS }, (_, index) => desk(`https://d${index}.example.com/`));
    expect(settingsSchema.safeParse({ desks: full }).success).toBe(true);
    expect(addDesk(full, lab)).toEqual({ ok: false, problem: 'tooMany' });
    expect(settingsSchema.safeParse({ desks: [...full, lab] }).success).toBe(false);
  });

  it('removes by base and says whether the origin is still needed', () => {
    const left = removeDesk([support, billing, lab], support.base);
    expect(left).toEqual([billing, lab]);
    expect(patternInUse(left, support.base)).toBe(true);
    expect(patternInUse(removeDesk(left, billing.base), support.base)).toBe(false);
  });

  it('counts two ports of one host as one origin where patterns cannot name a port', () => {
    const other = desk('http://127.0.0.1:9090/');
    expect(patternInUse([other], lab.base)).toBe(false);
    expect(patternInUse([other], lab.base, { ports: false })).toBe(true);
  });
});
