import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StartRecovery } from '../../components/recovery/StartRecovery';
import { sendCommand } from '../../components/shared/commands';
import { TICKET } from '../background/fixtures';
import { useLocale } from './options-page';
import { mount, type StandIn, startRecoveryBackground, type View } from './recovery-page';

let background: StandIn;
let view: View;

beforeEach(async () => {
  indexedDB.deleteDatabase('plazo');
  background = await startRecoveryBackground();
});
afterEach(() => {
  view?.close();
  background.close();
  vi.restoreAllMocks();
});

describe('Start recovery', () => {
  it('opens the incident of the ticket and metric, stamped with the remembered name, and shows its checklist', async () => {
    useLocale('en');
    await sendCommand({ type: 'setAgentName', name: 'Alice' });
    const opened = vi.fn();
    view = await mount(<StartRecovery ticket={TICKET} metric="firstResponse" onOpened={opened} />);
    const button = view.byTestId('recovery-start');
    expect(button.textContent).toBe('Start recovery');
    expect(button.getAttribute('aria-label')).toBe('Start the breach-recovery checklist for First response');
    await view.click('recovery-start');
    await view.until(() => view.byTestId('recovery-checklist'));
    const { incidents } = await background.store.listIncidentsByTicket(TICKET);
    expect(incidents).toHaveLength(1);
    expect(opened).toHaveBeenCalledWith(incidents[0]?.id);
    // The button is gone: the keyboard focus is on the checklist's heading, not lost.
    await view.until(() =>
      expect(document.activeElement?.textContent).toBe(`Breach recovery: ticket ${incidents[0]?.ticketId}`),
    );
    expect(incidents[0]).toMatchObject({ metric: 'firstResponse', openedBy: 'Alice' });
    expect(background.received).toContainEqual({
      type: 'openIncident',
      ticket: TICKET,
      metric: 'firstResponse',
      by: 'Alice',
    });

    // A second start (another page, a double click) reuses the open incident.
    view.close();
    view = await mount(<StartRecovery ticket={TICKET} metric="firstResponse" onOpened={opened} />);
    await view.click('recovery-start');
    await view.until(() => view.byTestId('recovery-checklist'));
    expect((await background.store.listIncidentsByTicket(TICKET)).incidents).toHaveLength(1);
  });

  it('speaks Spanish, and says why when the checklist cannot be opened', async () => {
    useLocale('es');
    view = await mount(
      <StartRecovery ticket="https://rt.example.com|999" metric="resolution" onOpened={() => {}} />,
    );
    expect(view.byTestId('recovery-start').textContent).toBe('Iniciar recuperación');
    await view.click('recovery-start');
    await view.until(() =>
      expect(view.root.textContent).toContain(
        'No se pudo abrir el plan: no ticket https://rt.example.com|999',
      ),
    );
    expect(view.has('recovery-checklist')).toBe(false);
  });
});
