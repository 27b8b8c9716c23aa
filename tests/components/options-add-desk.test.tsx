import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hostAccess } from '../fakes/host-access';
import {
  type Background,
  type OptionsPage,
  openOptionsPage,
  startBackground,
  useLocale,
} from './options-page';

const SUPPORT = 'https://support.example.com/*';
const support = { base: 'https://support.example.com/rt/', tool: 'rt', name: 'Support' };

let background: Background;
let page: OptionsPage;
const saves = () =>
  background.received.filter((message) => (message as { type: string }).type === 'saveSettings');

beforeEach(async () => {
  useLocale('en');
  indexedDB.deleteDatabase('plazo');
});
afterEach(() => {
  page.close();
  background.close();
  vi.restoreAllMocks();
});

async function open(desks: (typeof support)[] = []) {
  background = await startBackground(desks);
  page = await openOptionsPage();
  await page.until(() => page.byTestId('desk-list'));
}

describe('adding a self-hosted desk', () => {
  it('shows a page heading, the section and, with no desk yet, what to do', async () => {
    await open();
    expect(page.root.querySelector('h1')?.textContent).toBe('Plazo settings');
    expect(page.root.querySelector('section h2')?.textContent).toBe('Help desks');
    expect(page.byTestId('desk-list').textContent).toBe(
      "No help desks yet: add your Request Tracker's address",
    );
    const input = page.byTestId<HTMLInputElement>('desk-base-input');
    expect(input.type).toBe('url');
    expect(page.root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Base URL');
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'https://support.example.com/rt/',
    );
    expect(page.byTestId<HTMLSelectElement>('desk-tool-select').selectedOptions[0]?.textContent).toBe(
      'Request Tracker',
    );
  });

  it('asks for the origin within the submit itself, then saves the desk, named after its host', async () => {
    await open();
    await page.type('desk-base-input', 'support.example.com/rt');
    expect(page.byTestId<HTMLInputElement>('desk-name-input').placeholder).toBe('support.example.com');
    // The request must happen during the gesture: synchronously, before the handler awaits anything.
    void act(() => page.byTestId('desk-add').click());
    expect(hostAccess.requests).toEqual([[SUPPORT]]);

    await page.until(() => expect(page.allByTestId('desk-item')).toHaveLength(1));
    expect(await background.desks()).toEqual([
      { base: 'https://support.example.com/rt/', tool: 'rt', name: 'support.example.com' },
    ]);
    expect(page.byTestId('desk-status').textContent).toBe('Access granted');
    expect(page.byTestId<HTMLInputElement>('desk-base-input').value).toBe('');
    expect(page.root.querySelector('form [role="status"]')?.textContent).toContain(
      'support.example.com added',
    );
  });

  it('keeps the name the user gives', async () => {
    await open();
    await page.type('desk-base-input', 'http://127.0.0.1:8080');
    await page.type('desk-name-input', '  Lab RT ');
    await page.click(page.byTestId('desk-add'));
    await page.until(() => expect(page.allByTestId('desk-item')).toHaveLength(1));
    expect(await background.desks()).toEqual([
      { base: 'http://127.0.0.1:8080/', tool: 'rt', name: 'Lab RT' },
    ]);
    expect(hostAccess.requests).toEqual([['http://127.0.0.1:8080/*']]);
  });

  it('explains a bad address next to the field and moves focus there, asking nothing', async () => {
    await open();
    await page.type('desk-base-input', 'https://alice:secret@support.example.com/');
    await page.click(page.byTestId('desk-add'));
    const input = page.byTestId<HTMLInputElement>('desk-base-input');
    const error = page.byTestId('desk-error');
    expect(error.textContent).toContain('Leave the user name and password out of the address');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(document.activeElement).toBe(input);
    expect(hostAccess.requests).toEqual([]);
    expect(saves()).toEqual([]);

    await page.type('desk-base-input', '');
    await page.click(page.byTestId('desk-add'));
    expect(page.byTestId('desk-error').textContent).toContain("Enter the help desk's address");
  });

  it('refuses a desk already listed, however it is spelled', async () => {
    await open([support]);
    await page.type('desk-base-input', 'HTTPS://Support.example.com/rt');
    await page.click(page.byTestId('desk-add'));
    expect(page.byTestId('desk-error').textContent).toBe('This help desk is already in the list.');
    expect(hostAccess.requests).toEqual([]);
  });

  it('saves nothing when the user denies access, and says so', async () => {
    await open();
    hostAccess.nextRequestAnswer = false;
    await page.type('desk-base-input', 'https://support.example.com/rt/');
    await page.click(page.byTestId('desk-add'));
    await page.until(() => expect(page.allByTestId('desk-error')).toHaveLength(1));
    const error = page.byTestId('desk-error');
    expect(error.textContent).toContain('Access to https://support.example.com was not granted');
    expect(document.activeElement).toBe(error);
    expect(saves()).toEqual([]);
    expect(page.byTestId('desk-list').textContent).toContain('No help desks yet');
  });

  it('shows why the background refused to save, and keeps what was typed', async () => {
    await open();
    background.failNextSave('the store is full');
    await page.type('desk-base-input', 'https://support.example.com/rt/');
    await page.click(page.byTestId('desk-add'));
    await page.until(() => expect(page.byTestId('desk-error').textContent).toContain('the store is full'));
    expect(page.byTestId<HTMLInputElement>('desk-base-input').value).toBe('https://support.example.com/rt/');
    expect(await background.desks()).toEqual([]);
  });

  it('marks the button busy while saving and ignores a second submit', async () => {
    await open();
    let answer: (granted: boolean) => void = () => {};
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(
      () => new Promise<boolean>((resolve) => (answer = resolve)),
    );
    await page.type('desk-base-input', 'https://support.example.com/rt/');
    await page.click(page.byTestId('desk-add'));
    const button = page.byTestId('desk-add');
    expect(button.textContent).toBe('Adding…');
    expect(button.getAttribute('aria-busy')).toBe('true');
    await page.click(button);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledTimes(1);
    await act(() => answer(false));
    await page.until(() => expect(page.byTestId('desk-add').textContent).toBe('Add help desk'));
  });

  it('reads in Spanish from the Spanish messages', async () => {
    useLocale('es');
    await open();
    expect(page.byTestId('desk-list').textContent).toBe(
      'Aún no hay help desks: añade la dirección de tu Request Tracker',
    );
    await page.type('desk-base-input', 'ftp://support.example.com/');
    await page.click(page.byTestId('desk-add'));
    expect(page.byTestId('desk-error').textContent).toBe(
      'Solo las direcciones que empiezan por http:// o https:// pueden ser help desks.',
    );
  });
});
