/**
 * Adds a self-hosted desk: the base URL is checked here (the error sits next to the field), then
 * the browser asks the user for that origin, and only a granted desk is saved.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  DESK_BASE_PROBLEM_MESSAGES,
  DESK_LIST_PROBLEM_MESSAGES,
  DESK_TOOLS,
  type DeskToolId,
  defaultDeskName,
  deskOrigin,
  parseDeskBase,
} from '../../core/desks';
import type { Desk } from '../../core/store/records';
import { errorText, t } from '../shared/i18n';
import { CustomFields } from './CustomFields';
import { type CustomDraft, checkDraft, type DraftProblems, EMPTY_DRAFT } from './custom-draft';
import { TestOnPage } from './TestOnPage';
import { patternOf } from './use-desks';

interface Props {
  /** The desks shown now: a base already listed is refused before asking for any permission. */
  readonly desks: readonly Desk[];
  /** Saves the desk; resolves to an error text, or null once saved. */
  readonly onAdd: (desk: Desk) => Promise<string | null>;
}

type Focus = { readonly on: 'base' | 'formError'; readonly request: number } | null;

export function AddDeskForm({ desks, onAdd }: Props) {
  const id = useId();
  const [base, setBase] = useState('');
  const [tool, setTool] = useState<DeskToolId>('rt');
  const [name, setName] = useState('');
  const [draft, setDraft] = useState<CustomDraft>(EMPTY_DRAFT);
  // Problems appear once the user has tried to add or test, then follow every edit.
  const [showProblems, setShowProblems] = useState(false);
  const [baseError, setBaseError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [focus, setFocus] = useState<Focus>(null);
  const baseInput = useRef<HTMLInputElement>(null);
  const formErrorText = useRef<HTMLParagraphElement>(null);

  // Focus moves to what went wrong once it is on screen, so keyboard and screen reader users land on it.
  useEffect(() => {
    if (focus?.on === 'base') baseInput.current?.focus();
    if (focus?.on === 'formError') formErrorText.current?.focus();
  }, [focus]);
  const focusOn = (on: 'base' | 'formError') =>
    setFocus((last) => ({ on, request: (last?.request ?? 0) + 1 }));

  const refuse = (message: string) => {
    setBaseError(message);
    focusOn('base');
  };
  const fail = (message: string) => {
    setFormError(message);
    focusOn('formError');
  };

  const parsed = parseDeskBase(base);
  const proposedName = parsed.ok ? defaultDeskName(parsed.base) : '';
  const custom = tool === 'custom' ? checkDraft(draft, parsed.ok ? parsed.base : null) : null;
  const problems: DraftProblems = showProblems && custom && !custom.ok ? custom.problems : new Map();

  const submit = (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    setAdded(null);
    if (!parsed.ok) return refuse(t(DESK_BASE_PROBLEM_MESSAGES[parsed.problem]));
    if (desks.some((desk) => desk.base === parsed.base))
      return refuse(t(DESK_LIST_PROBLEM_MESSAGES.duplicate));
    setBaseError(null);
    if (custom && !custom.ok) {
      setShowProblems(true);
      return fail(t('optionsCustomFixErrors'));
    }
    const desk: Desk = { base: parsed.base, tool, name: name.trim() || proposedName };
    if (custom) desk.custom = custom.definition;
    const origin = deskOrigin(desk.base);
    // The browser shows its prompt only during the user's gesture: this must be the handler's first
    // asynchronous call, with nothing awaited before it.
    const asked = browser.permissions.request({ origins: [patternOf(desk)] });
    setSaving(true);
    void asked
      .then(async (granted) => {
        if (!granted) return fail(t('optionsAccessDenied', origin));
        const error = await onAdd(desk);
        if (error) return fail(error);
        setBase('');
        setName('');
        setDraft(EMPTY_DRAFT);
        setShowProblems(false);
        setAdded(t('optionsAdded', desk.name));
      })
      .catch((error: unknown) => fail(t('optionsAccessRequestFailed', origin, errorText(error))))
      .finally(() => setSaving(false));
  };

  const ids = {
    base: `${id}-base`,
    baseHint: `${id}-base-hint`,
    baseError: `${id}-base-error`,
    tool: `${id}-tool`,
    name: `${id}-name`,
    nameHint: `${id}-name-hint`,
    heading: `${id}-heading`,
  };
  return (
    <form class="add-desk" aria-labelledby={ids.heading} noValidate onSubmit={submit}>
      <h3 id={ids.heading}>{t('optionsAddHeading')}</h3>
      <div class="field">
        <label for={ids.base}>{t('optionsBaseLabel')}</label>
        <p class="hint" id={ids.baseHint}>
          {t('optionsBaseHint')}
        </p>
        <input
          ref={baseInput}
          id={ids.base}
          data-testid="desk-base-input"
          type="url"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          required
          value={base}
          aria-invalid={baseError ? 'true' : undefined}
          aria-describedby={baseError ? `${ids.baseError} ${ids.baseHint}` : ids.baseHint}
          onInput={(event) => setBase(event.currentTarget.value)}
        />
        {baseError && (
          <p class="error" id={ids.baseError} data-testid="desk-error">
            {baseError}
          </p>
        )}
      </div>
      <div class="field">
        <label for={ids.tool}>{t('optionsToolLabel')}</label>
        <select
          id={ids.tool}
          data-testid="desk-tool-select"
          value={tool}
          onChange={(event) => setTool(event.currentTarget.value as DeskToolId)}
        >
          {DESK_TOOLS.map((option) => (
            <option key={option.id} value={option.id}>
              {t(option.message)}
            </option>
          ))}
        </select>
      </div>
      {custom && (
        <>
          <CustomFields id={id} draft={draft} problems={problems} onChange={setDraft} />
          <TestOnPage
            definition={custom.ok ? custom.definition : null}
            onInvalid={() => setShowProblems(true)}
          />
        </>
      )}
      <div class="field">
        <label for={ids.name}>{t('optionsNameLabel')}</label>
        <p class="hint" id={ids.nameHint}>
          {t('optionsNameHint')}
        </p>
        <input
          id={ids.name}
          data-testid="desk-name-input"
          type="text"
          maxLength={200}
          value={name}
          placeholder={proposedName}
          aria-describedby={ids.nameHint}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </div>
      {formError && (
        <p class="error" role="alert" tabIndex={-1} ref={formErrorText} data-testid="desk-error">
          {formError}
        </p>
      )}
      {/* aria-disabled, not disabled, while saving: a disabled button would drop the keyboard focus. */}
      <div class="actions">
        <button type="submit" data-testid="desk-add" aria-disabled={saving} aria-busy={saving}>
          {saving ? t('optionsAdding') : t('optionsAddButton')}
        </button>
        <p class="status" role="status">
          {added}
        </p>
      </div>
    </form>
  );
}
