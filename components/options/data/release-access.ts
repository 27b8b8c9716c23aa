/**
 * Permissions follow use: after an import or a reset, the sites no remaining desk needs give their
 * permission back, as removing a desk does (the background has already unregistered their scripts).
 */
import { browser } from 'wxt/browser';
import { deskMatchPattern, patternInUse } from '../../../core/desks';
import type { Desk } from '../../../core/store/records';
import { errorText, t } from '../../shared/i18n';
import { PATTERN_OPTIONS } from '../patterns';

/** Resolves to a warning text when the browser refused, else null. */
export async function releaseUnusedAccess(
  before: readonly Desk[],
  after: readonly Desk[],
): Promise<string | null> {
  const unused = new Set(
    before
      .filter((desk) => !patternInUse(after, desk.base, PATTERN_OPTIONS))
      .map((desk) => deskMatchPattern(desk.base, PATTERN_OPTIONS)),
  );
  if (unused.size === 0) return null;
  try {
    await browser.permissions.remove({ origins: [...unused] });
    return null;
  } catch (error) {
    return t('dataReleaseFailed', errorText(error));
  }
}
