/** Which tickets a policy covers: comma-separated names per criterion; an empty field means any. */
import { t } from '../../shared/i18n';
import { pathId } from '../field-problems';
import { MATCH_KEYS, MATCH_MESSAGES, type MatchKey, type PolicyDraft } from './policy-draft';

interface Props {
  readonly base: string;
  readonly match: PolicyDraft['match'];
  readonly onChange: (key: MatchKey, value: string) => void;
}

export function MatchFields({ base, match, onChange }: Props) {
  const hint = `${base}-match-hint`;
  return (
    <fieldset class="match">
      <legend>{t('policyMatchHeading')}</legend>
      <p class="hint" id={hint}>
        {t('policyMatchHint')}
      </p>
      <div class="grid">
        {MATCH_KEYS.map((key) => (
          <div class="field" key={key}>
            <label for={pathId(base, `match.${key}`)}>{t(MATCH_MESSAGES[key])}</label>
            <input
              id={pathId(base, `match.${key}`)}
              type="text"
              spellcheck={false}
              data-testid={`policy-match-${key}`}
              aria-describedby={hint}
              value={match[key]}
              onInput={(event) => onChange(key, event.currentTarget.value)}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
