/** Warnings above the list: adapters that cannot read some fields, stored records that are unreadable, a failed read. */
import type { StoreProblem } from '../../core/store/problems';
import type { UnreadableFields } from '../../core/views/health';
import { t } from '../shared/i18n';
import { fieldList, toolWords } from './words';

interface Props {
  readonly unreadable: readonly UnreadableFields[];
  readonly problems: readonly StoreProblem[];
  readonly error: string | null;
  readonly language: string;
}

export function Banners({ unreadable, problems, error, language }: Props) {
  if (unreadable.length === 0 && problems.length === 0 && !error) return null;
  return (
    <div class="banners" data-testid="popup-banners">
      {error && (
        <p class="banner" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('popupLoadFailed', error)}
        </p>
      )}
      {unreadable.map(({ tool, fields }) => (
        <p class="banner" key={tool}>
          <span aria-hidden="true">⚠ </span>
          {t('popupUnreadable', toolWords(tool), fieldList(fields, language))}
        </p>
      ))}
      {problems.length > 0 && (
        <p class="banner">
          <span aria-hidden="true">⚠ </span>
          {t('popupStoreProblems', String(problems.length))}
        </p>
      )}
    </div>
  );
}
