/** An import problem in the page's words. Paths stay as they are: they name the file's own fields. */
import { EXPORT_VERSION } from '../../../core/store/export-format';
import type { ImportProblem } from '../../../core/store/import-errors';
import { t } from '../../shared/i18n';
import { issueWords } from '../../shared/issue-words';

type Invalid = Extract<ImportProblem, { kind: 'invalid' }>;

/** What is wrong with one value: Plazo's own checks in the page's words, zod's already are. */
export function invalidText(problem: Invalid): string {
  return problem.reason ? issueWords(problem.reason) : problem.message;
}

export function importProblemText(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'syntax':
      return problem.line === null || problem.column === null
        ? t('dataImportSyntaxSomewhere')
        : t('dataImportSyntax', String(problem.line), String(problem.column));
    case 'notExport':
      return t('dataImportNotExport');
    case 'version':
      return t('dataImportVersion', problem.found, String(EXPORT_VERSION));
    case 'invalid':
      return `${problem.path}: ${invalidText(problem)}`;
  }
}
