/** What "Test on this page" read: one row per field, its value or why there is none. */
import type { AdapterTestReply } from '../../core/messaging/adapter-test';
import { t } from '../shared/i18n';
import { CUSTOM_FIELD_MESSAGES } from './custom-draft';

type Fields = Extract<AdapterTestReply, { ok: true }>['fields'];

const REASONS = {
  selectorInvalid: 'optionsCustomReasonSelectorInvalid',
  notFound: 'optionsCustomReasonNotFound',
  empty: 'optionsCustomReasonEmpty',
  noMatch: 'optionsCustomReasonNoMatch',
  notDate: 'optionsCustomReasonNotDate',
  needsZone: 'optionsCustomReasonNeedsZone',
  notId: 'optionsCustomReasonNotId',
  urlNoMatch: 'optionsCustomReasonUrlNoMatch',
} as const satisfies Record<Extract<Fields[number], { ok: false }>['problem'], string>;

interface Props {
  readonly url: string;
  readonly fields: Fields;
}

export function TestResult({ url, fields }: Props) {
  return (
    <table class="custom-result" data-testid="custom-result">
      <caption>{t('optionsCustomResultCaption', url)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('optionsCustomResultField')}</th>
          <th scope="col">{t('optionsCustomResultValue')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((result) => {
          return (
            <tr key={result.field} data-testid={`custom-result-${result.field}`}>
              <th scope="row">{t(CUSTOM_FIELD_MESSAGES[result.field])}</th>
              {result.ok ? (
                <td>
                  {result.value}
                  {result.at !== undefined && ` (${new Date(result.at).toISOString()})`}
                </td>
              ) : (
                <td class="error">{t(REASONS[result.problem])}</td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
