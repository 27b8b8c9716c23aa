/** Every problem of a refused import file, one per line, each led by the path it concerns. Text only: the file is hostile. */
import type { Ref } from 'preact';
import type { ImportProblem } from '../../../core/store/import-errors';
import { t } from '../../shared/i18n';
import { importProblemText, invalidText } from './import-problem-text';

interface Props {
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly fileName: string;
  readonly problems: readonly ImportProblem[];
  readonly more: number;
}

export function ImportProblems({ headingRef, fileName, problems, more }: Props) {
  return (
    <div class="import-problems" data-testid="data-import-problems">
      <h4 ref={headingRef} tabIndex={-1} class="error">
        {t('dataImportProblems', fileName, String(problems.length + more))}
      </h4>
      <ul>
        {problems.map((problem, index) => (
          // Problems have no identity beyond their place in the list, which never reorders.
          <li key={index} data-testid="data-import-problem">
            {problem.kind === 'invalid' ? (
              <>
                <code>{problem.path}</code>: {invalidText(problem)}
              </>
            ) : (
              importProblemText(problem)
            )}
          </li>
        ))}
      </ul>
      {more > 0 && <p>{t('dataImportMore', String(more))}</p>}
    </div>
  );
}
