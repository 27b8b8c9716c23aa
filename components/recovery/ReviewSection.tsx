/** The post-restoration review: yes/no questions as radio groups with notes, open ones as notes. */
import { ANSWERS, type Incident, type IncidentEdit, LIMITS, REVIEW_QUESTIONS } from '../../core/recovery';
import { t } from '../shared/i18n';
import { DraftText } from './DraftText';
import { useScopedId } from './id-scope';
import { ANSWER_KEY, QUESTION_KEY, when } from './words';

interface Props {
  readonly incident: Incident;
  readonly editable: boolean;
  readonly edit: (edit: IncidentEdit) => Promise<boolean>;
}

export function ReviewSection({ incident, editable, edit }: Props) {
  const scoped = useScopedId();
  return (
    <section class="recovery-review" aria-labelledby={scoped('review-heading')} data-testid="recovery-review">
      <h3 id={scoped('review-heading')}>{t('recoveryReviewHeading')}</h3>
      {REVIEW_QUESTIONS.map(({ id, kind }) => {
        const answer = incident.review[id];
        return (
          <fieldset key={id} class="recovery-question" data-testid={`recovery-question-${id}`}>
            <legend>{t(QUESTION_KEY[id])}</legend>
            {kind === 'yesNo' && (
              <div class="recovery-answers">
                {ANSWERS.map((value) => (
                  <label key={value} class="recovery-choice">
                    <input
                      type="radio"
                      name={scoped(`answer-${id}`)}
                      value={value}
                      checked={answer.answer === value}
                      disabled={!editable}
                      data-testid={`recovery-answer-${id}-${value}`}
                      onChange={() => void edit({ kind: 'answerReview', question: id, answer: value })}
                    />
                    {t(ANSWER_KEY[value])}
                  </label>
                ))}
              </div>
            )}
            <DraftText
              id={`recovery-notes-${id}`}
              label={t('recoveryNotesLabel')}
              value={answer.notes}
              multiline={kind === 'open'}
              maxLength={LIMITS.notes}
              disabled={!editable}
              onSave={(notes) => edit({ kind: 'setReviewNotes', question: id, notes })}
            />
            {answer.edited && (
              <p class="recovery-stamp">
                {t('recoveryStepEdited', answer.edited.by, when(answer.edited.at))}
              </p>
            )}
          </fieldset>
        );
      })}
    </section>
  );
}
