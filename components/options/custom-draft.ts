/**
 * A custom definition as the add-desk form holds it (every input a string), turned into the stored
 * definition, and the schema's problems put next to the inputs they concern, in the user's language.
 */
import {
  CUSTOM_FIELDS,
  type CustomAdapterDefinition,
  type CustomField,
  type CustomProblem,
  customAdapterSchema,
} from '../../core/adapters/custom/definition';
import { isSelectorValid } from '../../core/adapters/custom/selector';
import { isWithinBase } from '../../core/adapters/custom/ticket-url';
import type { MessageKey } from '../shared/i18n';

export interface LocatorDraft {
  readonly selector: string;
  readonly attribute: string;
  readonly pattern: string;
}

export interface CustomDraft {
  readonly ticketUrl: string;
  readonly timeZone: string;
  readonly fields: { readonly [field in CustomField]: LocatorDraft };
}

const EMPTY_LOCATOR: LocatorDraft = { selector: '', attribute: '', pattern: '' };

export const EMPTY_DRAFT: CustomDraft = {
  ticketUrl: '',
  timeZone: '',
  fields: {
    id: EMPTY_LOCATOR,
    subject: EMPTY_LOCATOR,
    status: EMPTY_LOCATOR,
    priority: EMPTY_LOCATOR,
    created: EMPTY_LOCATOR,
  },
};

/** The locale message that names each field. */
export const CUSTOM_FIELD_MESSAGES = {
  id: 'optionsCustomFieldId',
  subject: 'optionsCustomFieldSubject',
  status: 'optionsCustomFieldStatus',
  priority: 'optionsCustomFieldPriority',
  created: 'optionsCustomFieldCreated',
} as const satisfies Record<CustomField, MessageKey>;

export const CUSTOM_PROBLEM_MESSAGES = {
  required: 'optionsCustomErrorRequired',
  tooLong: 'optionsCustomErrorTooLong',
  urlInvalid: 'optionsCustomErrorUrlInvalid',
  urlNoId: 'optionsCustomErrorUrlNoId',
  urlOutsideBase: 'optionsCustomErrorUrlOutsideBase',
  selectorInvalid: 'optionsCustomErrorSelectorInvalid',
  attributeInvalid: 'optionsCustomErrorAttributeInvalid',
  patternInvalid: 'optionsCustomErrorPatternInvalid',
  patternGroups: 'optionsCustomErrorPatternGroups',
  timeZoneInvalid: 'optionsCustomErrorTimeZoneInvalid',
} as const satisfies Record<CustomProblem, MessageKey>;

/** Problems by input ("ticketUrl", "fields.status.selector"): the first one each input has. */
export type DraftProblems = ReadonlyMap<string, CustomProblem>;

export type DraftChecked =
  | { readonly ok: true; readonly definition: CustomAdapterDefinition }
  | { readonly ok: false; readonly problems: DraftProblems };

/** @param base the desk's base when it parses: the ticket pages must lie under it. */
export function checkDraft(draft: CustomDraft, base: string | null): DraftChecked {
  const candidate = {
    ticketUrl: draft.ticketUrl.trim(),
    timeZone: optional(draft.timeZone),
    fields: Object.fromEntries(
      CUSTOM_FIELDS.flatMap((field) => {
        const locator = draft.fields[field];
        // The id is optional: an untouched id row means "the URL's {id}".
        if (
          field === 'id' &&
          [locator.selector, locator.attribute, locator.pattern].every((text) => !text.trim())
        ) {
          return [];
        }
        const attribute = optional(locator.attribute);
        // Patterns are kept as typed: spaces in them are part of what they match.
        const pattern = locator.pattern === '' ? undefined : locator.pattern;
        return [[field, { selector: locator.selector.trim(), attribute, pattern }]];
      }),
    ),
  };
  const problems = new Map<string, CustomProblem>();
  const parsed = customAdapterSchema.safeParse(candidate);
  for (const issue of parsed.error?.issues ?? []) {
    const at = issue.path.join('.');
    if (!problems.has(at) && isProblem(issue.message)) problems.set(at, issue.message);
  }
  // Only a DOM can parse CSS: the schema leaves selectors to this page's document.
  for (const [field, locator] of Object.entries(candidate.fields)) {
    const at = `fields.${field}.selector`;
    if (!problems.has(at) && locator.selector && !isSelectorValid(locator.selector, document)) {
      problems.set(at, 'selectorInvalid');
    }
  }
  if (base !== null && !problems.has('ticketUrl') && !isWithinBase(candidate.ticketUrl, base)) {
    problems.set('ticketUrl', 'urlOutsideBase');
  }
  return parsed.success && problems.size === 0
    ? { ok: true, definition: parsed.data }
    : { ok: false, problems };
}

function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

function isProblem(message: string): message is CustomProblem {
  return message in CUSTOM_PROBLEM_MESSAGES;
}
