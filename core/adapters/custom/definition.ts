/**
 * A custom adapter's definition as the user writes it on the options page and Plazo stores it with
 * the desk: the ticket URL pattern and, per field, where on the ticket page the value is. zod/mini:
 * the content script parses it too. Every refusal's message is a problem code (CUSTOM_PROBLEMS),
 * which the options page turns into words in the user's language next to the field.
 */
import * as z from 'zod/mini';
import { isValidTimeZone } from '../../engine/time-zone';
import { MAX_SELECTOR_LENGTH } from './selector';
import { MAX_PATTERN_LENGTH, textPatternProblem } from './text-pattern';
import { ticketUrlProblem } from './ticket-url';

/** The tool id of desks read with a user's definition. */
export const CUSTOM_TOOL_ID = 'custom';

export const CUSTOM_PROBLEMS = [
  'required',
  'tooLong',
  'urlInvalid',
  'urlNoId',
  'urlOutsideBase',
  'selectorInvalid',
  'attributeInvalid',
  'patternInvalid',
  'patternGroups',
  'timeZoneInvalid',
] as const;
export type CustomProblem = (typeof CUSTOM_PROBLEMS)[number];

/** The fields a definition locates, in the order the options page shows them. */
export const CUSTOM_FIELDS = ['id', 'subject', 'status', 'priority', 'created'] as const;
export type CustomField = (typeof CUSTOM_FIELDS)[number];

/** An HTML attribute name ("datetime", "data-status"). */
const ATTRIBUTE = /^[A-Za-z_:][-A-Za-z0-9_:.]{0,99}$/;

export const fieldLocatorSchema = z.strictObject({
  selector: z.string().check(z.minLength(1, 'required'), z.maxLength(MAX_SELECTOR_LENGTH, 'tooLong')),
  /** Read this attribute instead of the element's text (a <time>'s "datetime", say). */
  attribute: z.optional(z.string().check(z.regex(ATTRIBUTE, 'attributeInvalid'))),
  /** A regular expression with one capture group: the value is what it captures. */
  pattern: z.optional(
    z.string().check(
      z.minLength(1, 'required'),
      z.maxLength(MAX_PATTERN_LENGTH, 'tooLong'),
      z.refine((source) => textPatternProblem(source) !== 'patternInvalid', 'patternInvalid'),
      z.refine((source) => textPatternProblem(source) !== 'patternGroups', 'patternGroups'),
    ),
  ),
});
export type FieldLocator = z.output<typeof fieldLocatorSchema>;

export const customAdapterSchema = z.strictObject({
  /** "https://desk.example.com/tickets/{id}": within the desk's base (deskSchema checks that). */
  ticketUrl: z.string().check(
    z.minLength(1, 'required'),
    z.maxLength(2048, 'tooLong'),
    z.refine((url) => ticketUrlProblem(url) !== 'urlInvalid', 'urlInvalid'),
    z.refine((url) => ticketUrlProblem(url) !== 'urlNoId', 'urlNoId'),
  ),
  /** The IANA zone of created dates shown without an offset; without it they are unreadable. */
  timeZone: z.optional(z.string().check(z.refine(isValidTimeZone, 'timeZoneInvalid'))),
  fields: z.strictObject({
    /** Without it, the URL's {id}. */
    id: z.optional(fieldLocatorSchema),
    subject: fieldLocatorSchema,
    status: fieldLocatorSchema,
    priority: fieldLocatorSchema,
    created: fieldLocatorSchema,
  }),
});
export type CustomAdapterDefinition = z.output<typeof customAdapterSchema>;
