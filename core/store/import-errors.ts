/**
 * Reading an import file: JSON first, then the whole file against the export schema, collecting
 * every problem with the path it concerns ("settings.policies[2].targets.firstResponse.minutes").
 * Nothing here stores anything: the page shows the problems, or asks to confirm a valid file.
 */
import { z } from 'zod';
import type { Language } from '../engine/explain';
import { type IssueReason, issueReason } from '../engine/issue-reason';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, exportFileSchema } from './export-format';
import { jsonErrorOffset, lineAndColumn } from './json-error-offset';

/** Enough to fix a file by hand without a page-long list; the rest is counted. */
export const MAX_LISTED_PROBLEMS = 100;

export type ImportProblem =
  /** Not JSON; line and column are 1-based, null when the place could not be found (absurd nesting). */
  | { readonly kind: 'syntax'; readonly line: number | null; readonly column: number | null }
  /** JSON, but not a Plazo export (no `format: "plazo-export"`). */
  | { readonly kind: 'notExport' }
  /** A Plazo export of a version this Plazo cannot read. */
  | { readonly kind: 'version'; readonly found: string }
  /**
   * One value that fails the schema: zod's words in the page's language for its own checks; for
   * Plazo's checks the reason too, which the page words itself (`message` is English then).
   */
  | {
      readonly kind: 'invalid';
      readonly path: string;
      readonly message: string;
      readonly reason: IssueReason | null;
    };

export type ImportRead =
  | { readonly ok: true; readonly file: ExportFile }
  | { readonly ok: false; readonly problems: readonly ImportProblem[]; readonly more: number };

/** "settings.policies[2].targets.firstResponse.minutes"; "(whole file)" for the root. */
export function issuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(whole file)';
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      const name = String(part);
      // A key that is not a plain name (calendar ids may hold anything) is quoted, so the path stays readable.
      const plain = /^[A-Za-z_$][\w$]*$/.test(name);
      if (!plain) return `[${JSON.stringify(name)}]`;
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

const ERROR_MAPS: Record<Language, () => { localeError: z.core.$ZodErrorMap }> = {
  en: z.locales.en,
  es: z.locales.es,
};

/** Where the text stops being JSON, found the same way in every browser (see ./json-error-offset). */
function syntaxProblem(text: string): ImportProblem {
  const offset = jsonErrorOffset(text);
  if (offset === null) return { kind: 'syntax', line: null, column: null };
  return { kind: 'syntax', ...lineAndColumn(text, offset) };
}

function failed(problems: ImportProblem[]): ImportRead {
  return {
    ok: false,
    problems: problems.slice(0, MAX_LISTED_PROBLEMS),
    more: Math.max(0, problems.length - MAX_LISTED_PROBLEMS),
  };
}

/** Reads an import file's text; `language` words the schema problems. */
export function readImportFile(text: string, language: Language): ImportRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failed([syntaxProblem(text)]);
  }
  // Checked before the schema: a file of another kind or version would otherwise list every field.
  const header = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (header.format !== EXPORT_FORMAT) return failed([{ kind: 'notExport' }]);
  if (header.version !== EXPORT_VERSION)
    return failed([{ kind: 'version', found: JSON.stringify(header.version ?? null).slice(0, 40) }]);
  const parsed = exportFileSchema.safeParse(json, { error: ERROR_MAPS[language]().localeError });
  if (parsed.success) return { ok: true, file: parsed.data };
  return failed(
    parsed.error.issues.map((issue) => ({
      kind: 'invalid',
      path: issuePath(issue.path),
      message: issue.message,
      reason: issue.code === 'custom' ? issueReason(issue.params) : null,
    })),
  );
}
