/** An import problem in the page's words. Paths stay as they are: they name the file's own fields. */
import { EXPORT_VERSION } from '../../../core/store/export-format';
import type { ImportProblem } from '../../../core/store/import-errors';
import { t } from '../../shared/i18n';

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
      return `${problem.path}: ${problem.message}`;
  }
}
