/**
 * The inputs of a custom definition inside the add-desk form: the ticket URL pattern, the zone of
 * unzoned dates, and per field a selector, an optional attribute and an optional text pattern, each
 * with its problem next to it (shown once the user tried to add or test).
 */
import { CUSTOM_FIELDS, type CustomField } from '../../core/adapters/custom/definition';
import { t } from '../shared/i18n';
import {
  CUSTOM_FIELD_MESSAGES,
  CUSTOM_PROBLEM_MESSAGES,
  type CustomDraft,
  type DraftProblems,
  type LocatorDraft,
} from './custom-draft';

interface Props {
  readonly id: string;
  readonly draft: CustomDraft;
  readonly problems: DraftProblems;
  readonly onChange: (draft: CustomDraft) => void;
}

const PARTS = [
  { part: 'selector', label: 'optionsCustomSelectorLabel' },
  { part: 'attribute', label: 'optionsCustomAttributeLabel' },
  { part: 'pattern', label: 'optionsCustomPatternLabel' },
] as const;

export function CustomFields({ id, draft, problems, onChange }: Props) {
  const setLocator = (field: CustomField, part: keyof LocatorDraft, value: string) =>
    onChange({ ...draft, fields: { ...draft.fields, [field]: { ...draft.fields[field], [part]: value } } });
  return (
    <fieldset class="custom-fields" data-testid="custom-fields">
      <legend>{t('optionsCustomHeading')}</legend>
      <p class="hint">{t('optionsCustomIntro')}</p>
      <TextInput
        id={`${id}-ticketUrl`}
        name="ticketUrl"
        label={t('optionsCustomTicketUrlLabel')}
        hint={t('optionsCustomTicketUrlHint')}
        value={draft.ticketUrl}
        problems={problems}
        onInput={(ticketUrl) => onChange({ ...draft, ticketUrl })}
      />
      <TextInput
        id={`${id}-timeZone`}
        name="timeZone"
        label={t('optionsCustomTimeZoneLabel')}
        hint={t('optionsCustomTimeZoneHint')}
        value={draft.timeZone}
        problems={problems}
        onInput={(timeZone) => onChange({ ...draft, timeZone })}
      />
      {CUSTOM_FIELDS.map((field) => (
        <fieldset key={field} class="custom-field">
          <legend>{t(CUSTOM_FIELD_MESSAGES[field])}</legend>
          {PARTS.map(({ part, label }) => (
            <TextInput
              key={part}
              id={`${id}-${field}-${part}`}
              name={`fields.${field}.${part}`}
              label={t(label)}
              value={draft.fields[field][part]}
              problems={problems}
              onInput={(value) => setLocator(field, part, value)}
            />
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}

interface TextInputProps {
  readonly id: string;
  /** The input's path in the definition: where its problem is found, and its test id. */
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly problems: DraftProblems;
  readonly onInput: (value: string) => void;
}

function TextInput({ id, name, label, hint, value, problems, onInput }: TextInputProps) {
  const problem = problems.get(name);
  const described = [problem && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        data-testid={`custom-${name}`}
        type="text"
        spellcheck={false}
        autoComplete="off"
        value={value}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={described || undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {problem && (
        <p class="error" id={`${id}-error`} data-testid={`custom-${name}-error`}>
          {t(CUSTOM_PROBLEM_MESSAGES[problem])}
        </p>
      )}
    </div>
  );
}
