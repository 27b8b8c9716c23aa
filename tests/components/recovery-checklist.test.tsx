import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecoveryChecklist } from '../../components/recovery/RecoveryChecklist';
import { sendCommand } from '../../components/shared/commands';
import { incidentReplySchema } from '../../core/messaging/replies';
import { incidentExportSchema, REVIEW_QUESTIONS } from '../../core/recovery';
import { TICKET } from '../background/fixtures';
import { useLocale } from './options-page';
import { mount, type StandIn, startRecoveryBackground, type View } from './recovery-page';

let background: StandIn;
let view: View;

beforeEach(async () => {
  useLocale('en');
  indexedDB.deleteDatabase('plazo');
  background = await startRecoveryBackground();
});
afterEach(() => {
  view?.close();
  background.close();
  vi.restoreAllMocks();
});

async function openIncident(): Promise<string> {
  const reply = await sendCommand({ type: 'openIncident', ticket: TICKET, metric: 'firstResponse' });
  return incidentReplySchema.parse(reply).incident;
}

const stored = async (id: string) => (await background.store.getIncident(id)).incident;

async function named(id: string): Promise<View> {
  await sendCommand({ type: 'setAgentName', name: 'Alice' });
  view = await mount(<RecoveryChecklist incidentId={id} />);
  await view.until(() => expect(view.byTestId<HTMLInputElement>('recovery-restorer').disabled).toBe(false));
  return view;
}

describe('the recovery checklist', () => {
  it('shows the breach and asks for a name before anything can be edited', async () => {
    const id = await openIncident();
    view = await mount(<RecoveryChecklist incidentId={id} />);
    expect(view.root.textContent).toContain('Loading the recovery checklist…');
    await view.until(() => view.byTestId('recovery-checklist'));
    expect(view.root.textContent).toContain('Breach recovery: ticket 42');
    expect(view.root.textContent).toContain('Printer on the 3rd floor prints blank pages');
    expect(view.root.textContent).toContain('First response, deadline');
    expect(view.byTestId('recovery-status').textContent).toContain('Status: open');
    expect(view.byTestId('recovery-name-needed').textContent).toContain('Give your name');
    expect(view.byTestId<HTMLInputElement>('recovery-restorer').disabled).toBe(true);
    expect(view.has('recovery-complete-alertTeam')).toBe(false);

    await view.type('recovery-agent-name', 'Alice');
    await view.until(() => expect(view.byTestId<HTMLInputElement>('recovery-restorer').disabled).toBe(false));
    expect((await background.store.readSettings()).settings.agentName).toBe('Alice');
  });

  it('saves text as the agent types, stamped with who and when, and never loses typing on a refresh', async () => {
    const id = await openIncident();
    await named(id);
    await view.type('recovery-restorer', 'Bo');
    // Another page changes the incident meanwhile: the store refreshes the view, the typing stays.
    await sendCommand({ type: 'editIncident', id, edit: { kind: 'setRootCauseText', text: 'x' }, by: 'Bob' });
    await view.until(() => expect(view.byTestId<HTMLTextAreaElement>('recovery-cause-text').value).toBe('x'));
    expect(view.byTestId<HTMLInputElement>('recovery-restorer').value).toBe('Bo');
    await view.type('recovery-restorer', 'Bob Ruiz');
    await view.until(async () => expect((await stored(id))?.steps.alertTeam.restorer).toBe('Bob Ruiz'));
    const incident = await stored(id);
    expect(incident?.steps.alertTeam.edited?.by).toBe('Alice');
    // Typing was debounced: far fewer edits than keystrokes, and the last one wins.
    const restorerEdits = background.received.filter(
      (message) => (message as { edit?: { kind: string } }).edit?.kind === 'setRestorer',
    );
    expect(restorerEdits.length).toBeLessThanOrEqual(2);
    await view.until(() =>
      expect(view.byTestId('recovery-save-status').textContent).toContain('All changes saved.'),
    );
  });

  it('goes through the steps in order, each with who and when, then the review, then closes', async () => {
    const id = await openIncident();
    await named(id);
    expect(view.has('recovery-complete-rootCause')).toBe(false);
    expect(view.byTestId<HTMLButtonElement>('recovery-complete-alertTeam').disabled).toBe(true);
    expect(view.byTestId('recovery-step-alertTeam').textContent).toContain(
      'Before it can be marked done: who restores',
    );

    await view.type('recovery-restorer', 'Bob');
    await view.until(() =>
      expect(view.byTestId<HTMLButtonElement>('recovery-complete-alertTeam').disabled).toBe(false),
    );
    await view.click('recovery-complete-alertTeam');
    await view.until(() =>
      expect(view.byTestId('recovery-step-alertTeam-state').textContent).toMatch(/✓ Done by Alice, /),
    );

    await view.select('recovery-cause-category', 'staffing');
    await view.type('recovery-cause-text', 'Two agents off sick.');
    await view.until(() =>
      expect(view.byTestId<HTMLButtonElement>('recovery-complete-rootCause').disabled).toBe(false),
    );
    await view.click('recovery-complete-rootCause');
    await view.until(() => expect(view.has('recovery-complete-tellCustomer')).toBe(true));
    // Only the last step done can be undone.
    expect(view.has('recovery-undo-alertTeam')).toBe(false);
    expect(view.has('recovery-undo-rootCause')).toBe(true);

    // The customer message in Spanish, filled from the ticket.
    await view.select('recovery-tellCustomer-language', 'es');
    await view.until(() =>
      expect(view.byTestId<HTMLTextAreaElement>('recovery-tellCustomer-preview').value).toContain(
        'n.º 42 «Printer on the 3rd floor prints blank pages»',
      ),
    );
    expect(view.byTestId<HTMLTextAreaElement>('recovery-tellCustomer-preview').value).toContain(
      'Bob se encarga',
    );
    await view.click('recovery-complete-tellCustomer');

    await view.until(() => expect(view.has('recovery-action')).toBe(true));
    await view.type('recovery-action', 'Replaced the toner');
    await view.click('recovery-action-add');
    await view.until(() =>
      expect(view.byTestId('recovery-actions').textContent).toMatch(/Replaced the toner \(Alice, /),
    );
    expect(view.byTestId<HTMLInputElement>('recovery-action').value).toBe('');
    await view.click('recovery-complete-restore');
    await view.until(() => expect(view.has('recovery-complete-informResolved')).toBe(true));
    await view.click('recovery-complete-informResolved');
    await view.until(() =>
      expect(view.byTestId('recovery-step-informResolved-state').textContent).toContain('Done by Alice'),
    );

    expect(view.byTestId<HTMLButtonElement>('recovery-close').disabled).toBe(true);
    expect(view.byTestId('recovery-close-needs').textContent).toContain(
      'an answer to “Was the SLA realistic?”',
    );
    for (const { id: question, kind } of REVIEW_QUESTIONS) {
      if (kind === 'yesNo') await view.click(`recovery-answer-${question}-no`);
      else await view.type(`recovery-notes-${question}`, `About ${question}`);
    }
    await view.until(() => expect(view.has('recovery-close-needs')).toBe(false), 6_000);
    await view.click('recovery-close');
    await view.until(() => expect(view.byTestId('recovery-status').textContent).toMatch(/closed by Alice/));
    expect(view.has('recovery-reopen')).toBe(true);
    expect(view.byTestId<HTMLInputElement>('recovery-restorer').disabled).toBe(true);
    const incident = await stored(id);
    expect(incident?.closed?.by).toBe('Alice');
    expect(incident?.review.teamImpact.notes).toBe('About teamImpact');
    expect(incident?.review.surveySent.answer).toBe('no');

    await view.click('recovery-reopen');
    await view.until(() => expect(view.byTestId('recovery-status').textContent).toContain('Status: open'));
  });

  it('copies the message, saying so, and on a refusal says how to copy it by hand', async () => {
    const id = await openIncident();
    await named(id);
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await view.click('recovery-tellCustomer-copy');
    await view.until(() =>
      expect(view.byTestId('recovery-tellCustomer-copy-status').textContent).toContain(
        'Copied to the clipboard.',
      ),
    );
    expect(writeText.mock.calls[0]?.[0]).toContain('#42 "Printer on the 3rd floor prints blank pages"');
    // No restorer named yet: the preview says so rather than sending a hole.
    expect(view.byTestId('recovery-tellCustomer-unfilled').textContent).toContain('who restores (step 1)');

    writeText.mockRejectedValueOnce(new Error('denied'));
    await view.click('recovery-tellCustomer-copy');
    await view.until(() =>
      expect(view.byTestId('recovery-tellCustomer-copy-status').textContent).toContain('copy it by hand'),
    );
  });

  it('exports the postmortem as Markdown and the incident as JSON, as downloads', async () => {
    const id = await openIncident();
    await named(id);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:test/${blobs.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await view.click('recovery-export-markdown');
    await view.click('recovery-export-json');
    expect(names).toEqual([
      `plazo-incident-42-${new Date((await stored(id))?.openedAt ?? 0).toISOString().slice(0, 10)}.md`,
      expect.stringMatching(/\.json$/),
    ]);
    const markdown = await (blobs[0] as Blob).text();
    expect(markdown).toMatch(/^# Postmortem: SLA breach on ticket 42/);
    expect(markdown).toContain('Printer on the 3rd floor prints blank pages');
    const json = incidentExportSchema.parse(JSON.parse(await (blobs[1] as Blob).text()));
    expect(json.incident).toEqual(await stored(id));
    expect(view.root.textContent).toContain('Downloaded plazo-incident-42-');
  });

  it('says so for an incident that does not exist', async () => {
    view = await mount(<RecoveryChecklist incidentId="nope" />);
    await view.until(() =>
      expect(view.byTestId('recovery-problem').textContent).toContain('There is no such incident'),
    );
  });

  it('keeps two checklists on one page apart: each label finds its own field, no radio group mixes', async () => {
    const first = await openIncident();
    const reply = await sendCommand({ type: 'openIncident', ticket: TICKET, metric: 'resolution' });
    const second = incidentReplySchema.parse(reply).incident;
    view = await mount(
      <>
        <RecoveryChecklist incidentId={first} />
        <RecoveryChecklist incidentId={second} />
      </>,
    );
    await view.until(() =>
      expect(view.root.querySelectorAll('[data-testid="recovery-checklist"]')).toHaveLength(2),
    );
    const ids = [...view.root.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const checklist of view.root.querySelectorAll('[data-testid="recovery-checklist"]')) {
      for (const label of checklist.querySelectorAll('label[for]')) {
        expect(checklist.querySelector(`#${CSS.escape(label.getAttribute('for') ?? '')}`)).not.toBeNull();
      }
      const heading = document.getElementById(checklist.getAttribute('aria-labelledby') ?? '');
      expect(checklist.contains(heading)).toBe(true);
    }
    const groups = (index: number) =>
      new Set(
        [
          ...(view.root
            .querySelectorAll('[data-testid="recovery-checklist"]')
            [index]?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? []),
        ].map((radio) => radio.name),
      );
    expect(groups(0).size).toBeGreaterThan(0);
    expect([...groups(0)].some((name) => groups(1).has(name))).toBe(false);
  });
});
