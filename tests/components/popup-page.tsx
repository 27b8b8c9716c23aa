import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountPopup } from '../../components/popup/mount-popup';
import { commandMessageSchema } from '../../core/messaging/protocol';
import { DEFAULT_DB_NAME, openPlazoDb, PlazoStore } from '../../core/store';
import { DEFAULT_SETTINGS, type TicketRecord } from '../../core/store/records';
import { POLICY } from '../views/popup-fixtures';
import { type Mounted, mounted } from './mounted';

export interface PopupBackground {
  readonly received: unknown[];
  readonly store: PlazoStore;
  close(): void;
}

export async function startPopupBackground(tickets: readonly TicketRecord[]): Promise<PopupBackground> {
  const db = await openPlazoDb(DEFAULT_DB_NAME);
  const store = new PlazoStore(db);
  await store.saveSettings({ ...DEFAULT_SETTINGS, policies: [POLICY] });
  if (tickets.length > 0) await store.putTickets(tickets);
  const received: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (raw: unknown) => {
    received.push(raw);
    commandMessageSchema.parse(raw);
    return { ok: true };
  });
  return {
    received,
    store,
    close: () => {
      db.close();
      indexedDB.deleteDatabase(DEFAULT_DB_NAME);
    },
  };
}

export interface PopupPage extends Mounted {
  all(selector: string): HTMLElement[];
  /** Ticket ids in the order the rows stand (they are placed by translateY). */
  rowIds(): string[];
}

export async function openPopup(): Promise<PopupPage> {
  const view = await mounted((root) => mountPopup(root));
  const all = (selector: string) => [...view.root.querySelectorAll<HTMLElement>(selector)];
  return {
    ...view,
    all,
    rowIds: () =>
      all('[data-testid="popup-row"]')
        .sort(
          (a, b) =>
            Number.parseFloat(a.style.transform.slice(11)) - Number.parseFloat(b.style.transform.slice(11)),
        )
        .map((row) => row.querySelector('.row-id')?.textContent?.slice(1) ?? ''),
  };
}
