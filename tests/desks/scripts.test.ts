import { describe, expect, it } from 'vitest';
import { DESK_SCRIPT_FILE, deskScriptFor, deskScriptId, planDeskScripts } from '../../core/desks';

const desk = (base: string) => ({ base, tool: 'rt', name: base });
const SUPPORT = 'https://support.example.com/*';
const LAB = 'http://127.0.0.1:8080/*';
const support = desk('https://support.example.com/rt/');
const desks = [support, desk('https://support.example.com/billing/'), desk('http://127.0.0.1:8080/')];

describe('the desk content scripts', () => {
  it('are one per origin, running the desk script once the page is idle, across sessions', () => {
    expect(deskScriptFor(SUPPORT)).toEqual({
      id: deskScriptId(SUPPORT),
      matches: [SUPPORT],
      js: [DESK_SCRIPT_FILE],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    expect(DESK_SCRIPT_FILE).toBe('content-scripts/desk.js');
    expect(deskScriptId(SUPPORT)).not.toBe(deskScriptId(LAB));
    expect(deskScriptId(SUPPORT).startsWith('_')).toBe(false);
  });

  it('are registered for the granted origins only, once per origin', () => {
    expect(planDeskScripts(desks, new Set([SUPPORT]), [])).toEqual({ unregister: [], register: [SUPPORT] });
    expect(planDeskScripts(desks, new Set([SUPPORT, LAB]), [])).toEqual({
      unregister: [],
      register: [SUPPORT, LAB],
    });
  });

  it('are left alone when already as wanted', () => {
    const registered = [deskScriptFor(SUPPORT), deskScriptFor(LAB)];
    expect(planDeskScripts(desks, new Set([SUPPORT, LAB]), registered)).toEqual({
      unregister: [],
      register: [],
    });
    // Chrome may leave out persistAcrossSessions when it has its default value.
    const { persistAcrossSessions: _, ...withDefault } = deskScriptFor(LAB);
    expect(planDeskScripts(desks, new Set([LAB]), [withDefault])).toEqual({ unregister: [], register: [] });
  });

  it('are unregistered for removed desks and for origins whose permission is gone', () => {
    const registered = [deskScriptFor(SUPPORT), deskScriptFor(LAB)];
    expect(planDeskScripts([support], new Set([SUPPORT, LAB]), registered)).toEqual({
      unregister: [deskScriptId(LAB)],
      register: [],
    });
    expect(planDeskScripts(desks, new Set([LAB]), registered)).toEqual({
      unregister: [deskScriptId(SUPPORT)],
      register: [],
    });
    expect(planDeskScripts([], new Set(), registered)).toEqual({
      unregister: [deskScriptId(SUPPORT), deskScriptId(LAB)],
      register: [],
    });
  });

  it('are replaced when registered differently (an older build), and others’ scripts are ignored', () => {
    const stale = { ...deskScriptFor(SUPPORT), js: ['content-scripts/rt.js'] };
    const foreign = { id: 'someone-else', matches: ['https://*/*'], js: ['x.js'] };
    expect(planDeskScripts(desks, new Set([SUPPORT]), [stale, foreign])).toEqual({
      unregister: [deskScriptId(SUPPORT)],
      register: [SUPPORT],
    });
  });
});
