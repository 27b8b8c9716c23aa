import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PoliciesSection } from '../../components/options/policies/PoliciesSection';
import type { CalendarDefinition, Policy } from '../../core/engine';
import { policySchema } from '../../core/engine/policy';
import { type Background, useLocale } from './options-page';
import { openSection, type Section, startWithSettings, storedSettings } from './options-sections';

/** Monday 30 November 2026, 16:00 in Madrid. */
const NOW = Date.UTC(2026, 10, 30, 15, 0);
const madrid: CalendarDefinition = {
  name: 'Madrid office',
  timeZone: 'Europe/Madrid',
  week: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [['09:00', '18:00']]])),
  holidays: [],
};
const high: Policy = policySchema.parse({
  id: 'high',
  name: 'High priority',
  match: { priorities: ['High'] },
  targets: {
    firstResponse: { minutes: 360, calendar: 'madrid', warnings: [{ percent: 75 }] },
    resolution: { minutes: 24 * 60, calendar: null },
  },
});
const fallback: Policy = policySchema.parse({
  id: 'fallback',
  name: 'Everything else',
  targets: { firstResponse: { minutes: 480, calendar: 'madrid' } },
});

let background: Background;
let page: Section;

beforeEach(() => {
  indexedDB.deleteDatabase('plazo');
});
afterEach(() => {
  page.close();
  background.close();
  vi.restoreAllMocks();
});

async function open(policies: Policy[], language: 'en' | 'es' = 'en') {
  useLocale(language);
  background = await startWithSettings({ calendars: { madrid }, policies });
  page = await openSection(<PoliciesSection clock={() => NOW} timeZone="Europe/Madrid" />);
  await page.until(() => page.byTestId('policy-add'));
}

const items = () => page.allByTestId('policy-item');
const inItem = <T extends HTMLElement>(index: number, id: string) => {
  const item = items()[index];
  if (!item) throw new Error(`no policy ${index}`);
  return page.byTestId<T>(id, item);
};
const previewOf = (index: number) =>
  page.allByTestId('policy-preview-lines', items()[index]).map((list) => list.textContent)[0];

describe('the policies section', () => {
  it('previews with the engine: a High ticket created now, in business and in calendar time', async () => {
    await open([high, fallback]);
    const lines = [...inItem(0, 'policy-preview-lines').querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual([
      'First response: a High ticket created now would be due Tue, Dec 1, 01:00 PM (in 6 h of business time)',
      'Resolution: a High ticket created now would be due Tue, Dec 1, 04:00 PM (in 24 h, round the clock)',
    ]);
    // The fallback has no criteria: its sample ticket has no priority, unless one is typed.
    expect(previewOf(1)).toBe(
      'First response: a ticket created now would be due Tue, Dec 1, 03:00 PM (in 8 h of business time)',
    );
    await page.type(inItem(1, 'policy-preview-priority'), 'High');
    expect(previewOf(1)).toBe(
      'A ticket like this gets the policy "High priority", which comes earlier in the list.',
    );
    await page.type(inItem(1, 'policy-preview-priority'), 'Low');
    expect(previewOf(1)).toBe(
      'First response: a Low ticket created now would be due Tue, Dec 1, 03:00 PM (in 8 h of business time)',
    );
    // The preview follows the draft as it is typed.
    await page.type(inItem(0, 'policy-firstResponse-hours'), '2');
    expect(previewOf(0)).toContain('would be due Mon, Nov 30, 06:00 PM (in 2 h of business time)');
  });

  it('speaks Spanish, dates included', async () => {
    await open([high], 'es');
    expect(page.root.querySelector('h2')?.textContent).toBe('Políticas');
    expect(previewOf(0)).toContain(
      'Primera respuesta: un ticket High creado ahora vencería el mar, 1 dic, 13:00 (en 6 h de tiempo laborable)',
    );
    await page.type(inItem(0, 'policy-firstResponse-hours'), 'x');
    expect(page.errorFor('targets.firstResponse.minutes')).toBe(
      'Introduce horas y minutos enteros que sumen más de 0 (como mucho 366 días).',
    );
    expect(page.byTestId('policy-reason').textContent).toBe(
      'Aún no se puede guardar: hay 1 problema(s) marcado(s) abajo.',
    );
  });

  it('edits, reorders and saves; the stored policies change', async () => {
    await open([high, fallback]);
    await page.type(inItem(1, 'policy-name'), 'Standard');
    await page.type(inItem(1, 'policy-match-queues'), 'General, Billing');
    await page.type(inItem(1, 'policy-firstResponse-hours'), '3');
    await page.type(inItem(1, 'policy-firstResponse-minutes'), '30');
    await page.type(inItem(1, 'policy-firstResponse-calendar'), '');
    await page.click(inItem(1, 'policy-up'));
    expect(document.activeElement).toBe(inItem(0, 'policy-up'));
    await page.click(inItem(1, 'policy-firstResponse-warning-add'));
    await page.type(inItem(1, 'policy-pauseStatuses'), 'stalled, waiting');
    await page.type(inItem(1, 'policy-pause'), 'extend');
    await page.click(page.byTestId('policy-save'));
    await page.until(() => expect(page.byTestId('policy-reason').textContent).toBe('Saved.'));
    const { policies } = await storedSettings();
    expect(policies.map((policy) => policy.id)).toEqual(['fallback', 'high']);
    expect(policies[0]).toMatchObject({
      name: 'Standard',
      match: { queues: ['General', 'Billing'] },
      targets: { firstResponse: { minutes: 210, calendar: null } },
    });
    expect(policies[1]?.targets.firstResponse?.warnings).toEqual([{ percent: 75 }, { percent: 75 }]);
    expect(policies[1]?.clock).toMatchObject({ pauseStatuses: ['stalled', 'waiting'], pause: 'extend' });
  });

  it('puts each problem next to its field and blocks saving until it is fixed', async () => {
    await open([high]);
    await page.type(inItem(0, 'policy-name'), '  ');
    await page.type(inItem(0, 'policy-firstResponse-hours'), '0');
    await page.type(inItem(0, 'policy-firstResponse-minutes'), '0');
    await page.type(inItem(0, 'policy-warning-value'), '150');
    await page.click(inItem(0, 'policy-firstResponse-escalation-add'));
    expect(page.errorFor('name')).toBe('Give the policy a name.');
    expect(page.errorFor('targets.firstResponse.minutes')).toContain('adding up to more than 0');
    expect(page.errorFor('targets.firstResponse.warnings[0]')).toBe(
      'A percentage between 0 and 100, for example 75.',
    );
    expect(page.errorFor('targets.firstResponse.escalations[0].name')).toBe('Say who is escalated to.');
    expect(previewOf(0)).toBe('Fix the problems above to see when tickets would be due.');
    const save = page.byTestId('policy-save');
    expect(save.getAttribute('aria-disabled')).toBe('true');
    await page.click(save);
    expect(background.received).toEqual([]);

    await page.click(page.byTestId('policy-discard'));
    expect(page.errorFor('name')).toBeNull();
    expect(inItem<HTMLInputElement>(0, 'policy-name').value).toBe('High priority');
  });

  it('adds and deletes policies after a confirmation', async () => {
    await open([]);
    expect(page.byTestId('policy-empty')).toBeTruthy();
    await page.click(page.byTestId('policy-add'));
    await page.click(page.byTestId('policy-save'));
    await page.until(() => expect(page.byTestId('policy-reason').textContent).toBe('Saved.'));
    expect((await storedSettings()).policies).toMatchObject([
      { name: 'New policy', targets: { firstResponse: { minutes: 240 }, resolution: { minutes: 1440 } } },
    ]);
    await page.click(inItem(0, 'policy-delete'));
    expect(document.activeElement).toBe(inItem(0, 'policy-delete-confirm'));
    await page.click(inItem(0, 'policy-delete-confirm'));
    expect(document.activeElement?.id).toBe('policies-heading');
    await page.click(page.byTestId('policy-save'));
    await page.until(async () => expect((await storedSettings()).policies).toEqual([]));
  });

  it('can be used with the keyboard alone: every control is focusable and named', async () => {
    await open([high]);
    const controls = [...page.root.querySelectorAll<HTMLElement>('input, select, button, summary')];
    expect(controls.length).toBeGreaterThan(20);
    const unnamed = controls.filter((control) => {
      if (control.tagName === 'SUMMARY' || control.tagName === 'BUTTON') return !control.textContent?.trim();
      const labelled = control.id && page.root.querySelector(`label[for="${control.id}"]`);
      return !(labelled || control.closest('label') || control.getAttribute('aria-label'));
    });
    expect(unnamed.map((control) => control.outerHTML)).toEqual([]);
    for (const control of controls) {
      // happy-dom does not know that a summary is focusable; browsers do.
      if (control.tagName !== 'SUMMARY')
        expect(control.tabIndex, control.outerHTML).toBeGreaterThanOrEqual(0);
      expect(control.hasAttribute('disabled')).toBe(false);
      control.focus();
      expect(document.activeElement).toBe(control);
    }
  });
});
