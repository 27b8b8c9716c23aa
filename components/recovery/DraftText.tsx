/**
 * A text field that saves as the agent types (after a pause, and when it loses focus) and never loses
 * what is typed: while the agent has unsaved text, or the field has focus, a refresh from the store
 * does not replace it; once saved, the stored value takes over again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useScopedId } from './id-scope';

/** Long enough not to send every keystroke, short enough that a closed panel loses little. */
export const SAVE_DELAY_MS = 600;

interface Props {
  /** The field's name: its test id, and (scoped to the checklist) its element id. */
  readonly id: string;
  readonly label: string;
  /** The stored value. */
  readonly value: string;
  readonly onSave: (text: string) => Promise<boolean>;
  readonly disabled?: boolean;
  readonly multiline?: boolean;
  readonly maxLength: number;
  readonly hint?: string;
}

export function DraftText({ id, label, value, onSave, disabled, multiline, maxLength, hint }: Props) {
  const elementId = useScopedId()(id);
  const [draft, setDraft] = useState(value);
  const latest = useRef(value);
  const dirty = useRef(false);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const save = useRef(onSave);
  save.current = onSave;

  useEffect(() => {
    if (!dirty.current && !focused.current) {
      latest.current = value;
      setDraft(value);
    }
  }, [value]);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    const text = latest.current;
    void save.current(text).then((saved) => {
      // Typing that went on while this was saving stays dirty and is sent by its own timer.
      if (saved && latest.current === text) dirty.current = false;
    });
  };

  // Closing the view mid-pause still sends what was typed.
  useEffect(() => () => flush(), []);

  const onInput = (event: Event) => {
    const text = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    latest.current = text;
    dirty.current = true;
    setDraft(text);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };
  const common = {
    id: elementId,
    value: draft,
    disabled,
    maxLength,
    onInput,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      flush();
    },
    'aria-describedby': hint ? `${elementId}-hint` : undefined,
    'data-testid': id,
  };
  return (
    <div class="recovery-field">
      <label for={elementId}>{label}</label>
      {multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
      {hint && (
        <p class="recovery-hint" id={`${elementId}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
