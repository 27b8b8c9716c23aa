/**
 * A self-hosted desk's base URL as the user types it, checked and put in the one form Plazo stores:
 * http(s), no credentials, no query or fragment, ending in "/". Every refusal names a problem whose
 * message (English and Spanish, public/_locales) says what to change.
 */
import { deskSchema } from '../store/records';

export type DeskBaseProblem =
  | 'empty'
  | 'notUrl'
  | 'notHttp'
  | 'credentials'
  | 'query'
  | 'fragment'
  | 'wildcardHost'
  | 'tooLong';

export type DeskBaseParsed =
  | { readonly ok: true; readonly base: string }
  | { readonly ok: false; readonly problem: DeskBaseProblem };

/** The locale message that explains each problem to the user. */
export const DESK_BASE_PROBLEM_MESSAGES = {
  empty: 'optionsBaseErrorEmpty',
  notUrl: 'optionsBaseErrorNotUrl',
  notHttp: 'optionsBaseErrorNotHttp',
  credentials: 'optionsBaseErrorCredentials',
  query: 'optionsBaseErrorQuery',
  fragment: 'optionsBaseErrorFragment',
  wildcardHost: 'optionsBaseErrorWildcardHost',
  tooLong: 'optionsBaseErrorTooLong',
} as const satisfies Record<DeskBaseProblem, string>;

/** Same limit as stored URLs (webUrlSchema). */
const MAX_LENGTH = 2048;

/**
 * "support.example.com/rt" or "localhost:8080" have no scheme: people copy addresses without one,
 * so https is assumed. "javascript:..." or "mailto:..." do have one (a word and a colon not followed
 * by a port number) and are refused for it, not mangled into a host name.
 */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;

export function parseDeskBase(input: string): DeskBaseParsed {
  const text = input.trim();
  if (text === '') return fail('empty');
  if (text.length > MAX_LENGTH) return fail('tooLong');
  const withScheme = HAS_SCHEME.test(text) ? text : `https://${text}`;
  if (!URL.canParse(withScheme)) return fail('notUrl');
  const url = new URL(withScheme);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('notHttp');
  if (url.username !== '' || url.password !== '') return fail('credentials');
  // href keeps a bare "?" or "#" that search and hash report as empty; a path never holds either.
  if (url.href.includes('?')) return fail('query');
  if (url.href.includes('#')) return fail('fragment');
  // The URL parser accepts "*" in a host; in a match pattern it would grant every subdomain.
  if (url.hostname.includes('*')) return fail('wildcardHost');
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  const base = url.href;
  if (base.length > MAX_LENGTH) return fail('tooLong');
  // The store checks it again on save; refusing here keeps the error next to the field.
  if (!deskSchema.shape.base.safeParse(base).success) return fail('notUrl');
  return { ok: true, base };
}

function fail(problem: DeskBaseProblem): DeskBaseParsed {
  return { ok: false, problem };
}
