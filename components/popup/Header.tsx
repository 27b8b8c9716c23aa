/** The popup's heading and counts; states are counted in words as well as shown in rows. */
import { t } from '../shared/i18n';

interface Props {
  readonly totals: { readonly tickets: number; readonly breached: number; readonly atRisk: number } | null;
  /** How many rows the filters leave, when they leave out any. */
  readonly shown: number | null;
  /** Only the first screen has been read so far. */
  readonly reading: boolean;
}

export function Header({ totals, shown, reading }: Props) {
  return (
    <header class="header">
      <h1>{t('popupTitle')}</h1>
      {totals && (
        <p class="counts" data-testid="popup-counts">
          {t('popupCounts', String(totals.tickets), String(totals.breached), String(totals.atRisk))}
        </p>
      )}
      {shown !== null && totals && (
        <p class="counts" data-testid="popup-shown">
          {t('popupShowing', String(shown), String(totals.tickets))}
        </p>
      )}
      {reading && <p class="counts">{t('popupReadingAll')}</p>}
    </header>
  );
}
