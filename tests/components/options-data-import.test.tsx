/**
 * Options › Data › Import: a bad file lists every problem by path and sends nothing; a good one
 * says what it replaces, asks, and only then sends one importData.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '../../components/options/data/DataSection';
import { type Settings, settingsSchema } from '../../core/store/records';
import { hostAccess } from '../fakes/host-access';
import { ticketRecord } from '../store/builders';
import { type DataBackground, openSection, type SectionPage, startDataBackground } from './data-page';
import { useLocale } from './options-page';

let background: DataBackground;
let page: SectionPage;

const mine = settingsSchema.parse({
  desks: [{ base: 'https://rt.example.com/', tool: 'rt', name: 'Support' }],
  notifications: { repeatBreachMinutes: 10 },
});
const theirs = settingsSchema.parse({
  policies: [{ id: 'std', name: 'Standard', targets: { firstResponse: { minutes: 60 } } }],
});
const good = {
  format: 'plazo-export',
  version: 1,
  exportedAt: '2026-11-20T09:30:00.000Z',
  settings: theirs,
  tickets: [ticketRecord('42'), ticketRecord('43')],
  incidents: [],
};

/** Sets one value deep inside a parsed JSON document: bad files are good ones with one value changed. */
function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}

beforeEach(() => indexedDB.deleteDatabase('plazo'));
afterEach(() => {
  page.close();
  background.close();
  vi.restoreAllMocks();
});

async function open(language: 'en' | 'es' = 'en') {
  useLocale(language);
  background = await startDataBackground(mine);
  page = await openSection(<DataSection />);
}

const jsonFile = (content: unknown, name = 'plazo-export.json') =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, {
    type: 'application/json',
  });
const storedSettings = async (): Promise<Settings> =>
  (await (await background.store()).readSettings()).settings;

describe('importing a file', () => {
  it('lists every problem of a bad file by path, sends nothing and changes nothing', async () => {
    await open();
    const bad = structuredClone(good);
    setAt(bad, ['settings', 'policies', 0, 'targets', 'firstResponse', 'minutes'], 'an hour');
    setAt(bad, ['tickets', 1, 'url'], 'javascript:alert(document.cookie)');
    setAt(bad, ['settings', 'notifications'], { enabled: 'yes' });
    await page.choose('data-import-file', jsonFile(bad, 'broken.json'));
    await page.until(() => page.byTestId('data-import-problems'));
    expect(page.byTestId('data-import-problems').querySelector('h4')?.textContent).toBe(
      'Nothing was imported: broken.json has 3 problem(s).',
    );
    const problems = page.allByTestId('data-import-problem').map((item) => item.textContent);
    expect(problems).toEqual([
      expect.stringMatching(/^settings\.policies\[0\]\.targets\.firstResponse\.minutes: .*expected number/),
      expect.stringMatching(/^settings\.notifications\.enabled: .*expected boolean/),
      expect.stringMatching(/^tickets\[1\]\.url: /),
    ]);
    await page.until(() =>
      expect(document.activeElement).toBe(page.byTestId('data-import-problems').querySelector('h4')),
    );
    expect(page.allByTestId('data-import-apply')).toEqual([]);
    expect(background.received).toEqual([]);
    expect(await storedSettings()).toEqual(mine);
  });

  it('says where a file that is not JSON breaks, and names a wrong version', async () => {
    await open();
    await page.choose('data-import-file', jsonFile('{"format": "plazo-export",\n "version": }'));
    await page.until(() =>
      expect(page.allByTestId('data-import-problem').map((item) => item.textContent)).toEqual([
        'Not valid JSON: the file breaks at line 2, column 13.',
      ]),
    );
    await page.choose('data-import-file', jsonFile({ ...good, version: 7 }));
    await page.until(() =>
      expect(page.allByTestId('data-import-problem').map((item) => item.textContent)).toEqual([
        'This export is version 7; this Plazo reads version 1.',
      ]),
    );
    expect(background.received).toEqual([]);
  });

  it('refuses a file above the size limit without reading it', async () => {
    await open();
    const huge = jsonFile('x');
    Object.defineProperty(huge, 'size', { value: 11 * 1024 * 1024 });
    await page.choose('data-import-file', huge);
    await page.until(() =>
      expect(page.byTestId('data-import-error').textContent).toBe(
        'Nothing was imported: the file is 11 MB, and Plazo imports files up to 10 MB.',
      ),
    );
    expect(background.received).toEqual([]);
  });

  it('asks before replacing, says what the file holds, and a cancel sends nothing', async () => {
    await open();
    await page.choose('data-import-file', jsonFile(good, 'backup.json'));
    await page.until(() => page.byTestId('data-import-confirm'));
    expect(page.byTestId('data-import-summary').textContent).toMatch(
      /^backup\.json \(exported .+\) holds 0 help desk\(s\), 1 policy\(ies\), 0 calendar\(s\), 2 ticket\(s\) and 0 incident\(s\)\. They replace everything Plazo keeps now\.$/,
    );
    await page.click(page.byTestId('data-import-cancel'));
    expect(page.allByTestId('data-import-confirm')).toEqual([]);
    expect(background.received).toEqual([]);
    expect(await storedSettings()).toEqual(mine);
  });

  it('on confirmation sends one importData, the background stores the file, unused access is given back', async () => {
    await open();
    hostAccess.grant('https://rt.example.com/*');
    await page.choose('data-import-file', jsonFile(good));
    await page.until(() => page.byTestId('data-import-apply'));
    await page.click(page.byTestId('data-import-apply'));

    await page.until(() =>
      expect(page.byTestId('data-import-status').textContent).toBe(
        'Imported. Plazo now uses the settings, tickets and incidents from the file.',
      ),
    );
    expect(background.received).toEqual([{ type: 'importData', file: { ...good, alerts: [], snoozes: [] } }]);
    expect(await storedSettings()).toEqual(theirs);
    expect((await (await background.store()).listTickets()).tickets).toHaveLength(2);
    // The imported settings name no desk: the old desk's site permission goes with it.
    expect(hostAccess.granted()).toEqual([]);
  });

  it('lists the problems in Spanish for a Spanish browser', async () => {
    await open('es');
    await page.choose(
      'data-import-file',
      jsonFile({ ...good, tickets: [{ ...good.tickets[0], observedAt: 'ayer' }] }, 'copia.json'),
    );
    await page.until(() => page.byTestId('data-import-problems'));
    expect(page.byTestId('data-import-problems').querySelector('h4')?.textContent).toBe(
      'No se ha importado nada: copia.json tiene 1 problema(s).',
    );
    expect(page.byTestId('data-import-problem').textContent).toMatch(
      /^tickets\[0\]\.observedAt: .*se esperaba número/,
    );
    expect(page.root.textContent).toContain('Exportarlo todo');
  });

  it('words Plazo’s own checks in Spanish too: a ticket twice, overlapping hours, a zone that is not one', async () => {
    await open('es');
    const calendars = {
      office: {
        timeZone: 'Europa/Madrid',
        week: {
          mon: [
            ['09:00', '14:00'],
            ['13:00', '18:00'],
          ],
        },
      },
    };
    const bad = {
      ...good,
      settings: { ...theirs, calendars },
      tickets: [good.tickets[0], good.tickets[0]],
    };
    await page.choose('data-import-file', jsonFile(bad, 'copia.json'));
    await page.until(() => page.byTestId('data-import-problems'));
    expect(page.allByTestId('data-import-problem').map((item) => item.textContent)).toEqual([
      'settings.calendars.office.timeZone: "Europa/Madrid" no es una zona horaria IANA (por ejemplo Europe/Madrid)',
      'settings.calendars.office.week.mon[1]: se solapa con el intervalo 0 del mismo día',
      `tickets[1]: "${good.tickets[0]?.key}" aparece dos veces`,
    ]);
  });
});
