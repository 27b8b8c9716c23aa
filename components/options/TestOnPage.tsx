/**
 * "Test on this page": reads an open tab of the desk with the definition being written, before it is
 * saved, and shows what each field gave or why not. The tab's content script does the reading; on a
 * desk not saved yet there is none, so Plazo's desk script is injected for the test (it needs the
 * origin's permission, which this offers to grant, as the desk's saving would).
 */
import { useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CustomAdapterDefinition } from '../../core/adapters/custom/definition';
import { parseTicketUrl } from '../../core/adapters/custom/ticket-url';
import { DESK_SCRIPT_FILE, deskMatchPattern } from '../../core/desks';
import { type AdapterTestReply, adapterTestReplySchema } from '../../core/messaging/adapter-test';
import { errorText, t } from '../shared/i18n';
import { PATTERN_OPTIONS } from './patterns';
import { TestResult } from './TestResult';

interface Props {
  /** The definition as it stands, or null while it has problems (then `onInvalid` shows them). */
  readonly definition: CustomAdapterDefinition | null;
  readonly onInvalid: () => void;
}

interface Tab {
  readonly id: number;
  readonly label: string;
}

type State =
  | { readonly step: 'idle' }
  | { readonly step: 'noAccess'; readonly origin: string; readonly pattern: string }
  | { readonly step: 'noTabs'; readonly origin: string }
  | { readonly step: 'tabs'; readonly tabs: readonly Tab[] }
  | { readonly step: 'failed'; readonly error: string };

export function TestOnPage({ definition, onInvalid }: Props) {
  const id = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [chosen, setChosen] = useState<number | null>(null);
  const [testing, setTesting] = useState(false);
  const [reply, setReply] = useState<Extract<AdapterTestReply, { ok: true }> | null>(null);

  const where = () => {
    const parsed = definition ? parseTicketUrl(definition.ticketUrl) : 'urlInvalid';
    if (typeof parsed === 'string') return null;
    return { origin: parsed.origin, pattern: deskMatchPattern(`${parsed.origin}/`, PATTERN_OPTIONS) };
  };

  const findTabs = async () => {
    const target = where();
    if (!target) return onInvalid();
    setReply(null);
    try {
      if (!(await browser.permissions.contains({ origins: [target.pattern] }))) {
        return setState({ step: 'noAccess', ...target });
      }
      const tabs = (await browser.tabs.query({})).flatMap((tab) =>
        tab.id !== undefined && tab.url && URL.canParse(tab.url) && new URL(tab.url).origin === target.origin
          ? [{ id: tab.id, label: tab.title ? `${tab.title} — ${tab.url}` : tab.url }]
          : [],
      );
      setChosen(tabs[0]?.id ?? null);
      setState(tabs.length === 0 ? { step: 'noTabs', origin: target.origin } : { step: 'tabs', tabs });
    } catch (error) {
      setState({ step: 'failed', error: errorText(error) });
    }
  };

  const grant = (pattern: string) => {
    // The browser shows its prompt only during the click: nothing may be awaited before this call.
    void browser.permissions
      .request({ origins: [pattern] })
      .then((granted) => (granted ? findTabs() : undefined))
      .catch((error: unknown) => setState({ step: 'failed', error: errorText(error) }));
  };

  const test = async () => {
    if (!definition) return onInvalid();
    if (chosen === null || testing) return;
    setTesting(true);
    setReply(null);
    try {
      const answer = adapterTestReplySchema.safeParse(await askTab(chosen, definition));
      if (!answer.success) setState({ step: 'failed', error: 'no valid answer' });
      else if (!answer.data.ok) setState({ step: 'failed', error: answer.data.error });
      else setReply(answer.data);
    } catch (error) {
      setState({ step: 'failed', error: errorText(error) });
    } finally {
      setTesting(false);
    }
  };

  return (
    <div class="custom-test" data-testid="custom-test">
      <button type="button" data-testid="custom-find-tabs" onClick={() => void findTabs()}>
        {t('optionsCustomFindTabs')}
      </button>
      {state.step === 'noAccess' && (
        <p class="warning" data-testid="custom-test-message">
          {t('optionsCustomNoAccess', state.origin)}{' '}
          <button type="button" data-testid="custom-grant" onClick={() => grant(state.pattern)}>
            {t('optionsCustomGrant')}
          </button>
        </p>
      )}
      {state.step === 'noTabs' && (
        <p data-testid="custom-test-message">{t('optionsCustomNoTabs', state.origin)}</p>
      )}
      {state.step === 'failed' && (
        <p class="error" role="alert" data-testid="custom-test-message">
          {t('optionsCustomTestFailed', state.error)}
        </p>
      )}
      {state.step === 'tabs' && (
        <div class="field">
          <label for={`${id}-tab`}>{t('optionsCustomTabLabel')}</label>
          <select
            id={`${id}-tab`}
            data-testid="custom-tab-select"
            value={chosen ?? undefined}
            onChange={(event) => setChosen(Number(event.currentTarget.value))}
          >
            {state.tabs.map((tab) => (
              <option key={tab.id} value={tab.id}>
                {tab.label}
              </option>
            ))}
          </select>
          <button type="button" data-testid="custom-test-run" aria-busy={testing} onClick={() => void test()}>
            {testing ? t('optionsCustomTesting') : t('optionsCustomTestButton')}
          </button>
        </div>
      )}
      {reply && <TestResult url={reply.url} fields={reply.fields} />}
    </div>
  );
}

/** Asks the tab's desk script; a tab without one (a desk not saved yet) gets it injected, then is asked again. */
async function askTab(tabId: number, definition: CustomAdapterDefinition): Promise<unknown> {
  const request = { type: 'testAdapter', definition };
  try {
    return await browser.tabs.sendMessage(tabId, request);
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${DESK_SCRIPT_FILE}`] });
    return browser.tabs.sendMessage(tabId, request);
  }
}
