/**
 * Data › Import: a file is read and validated whole on this page; every problem is listed by path
 * and nothing is sent. A valid file shows what it will replace and waits for a confirmation, then
 * goes to the background in one command, applied there in one transaction.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type ExportFile, exportCounts, MAX_IMPORT_BYTES } from '../../../core/store/export-format';
import { type ImportProblem, readImportFile } from '../../../core/store/import-errors';
import { errorText, t } from '../../shared/i18n';
import { loadSettings } from '../settings-client';
import { importData } from './data-client';
import { ImportConfirm } from './ImportConfirm';
import { ImportProblems } from './ImportProblems';
import { megabytes } from './megabytes';
import { releaseUnusedAccess } from './release-access';

type State =
  | { readonly step: 'idle' }
  | { readonly step: 'refused'; readonly text: string }
  | {
      readonly step: 'problems';
      readonly fileName: string;
      readonly problems: readonly ImportProblem[];
      readonly more: number;
    }
  | { readonly step: 'confirming' | 'importing'; readonly fileName: string; readonly file: ExportFile }
  | { readonly step: 'imported'; readonly warning: string | null }
  | { readonly step: 'failed'; readonly error: string };

const language = () => (browser.i18n.getUILanguage().toLowerCase().startsWith('es') ? 'es' : 'en');

export function ImportData() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const focusTarget = useRef<HTMLHeadingElement>(null);

  // What appears after choosing a file (its problems, or the question) takes the keyboard.
  useEffect(() => {
    if (state.step === 'problems' || state.step === 'confirming') focusTarget.current?.focus();
  }, [state.step]);

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    // The same file can be chosen again after it is corrected.
    if (input.current) input.current.value = '';
    if (chosen.size > MAX_IMPORT_BYTES) {
      const text = t('dataImportTooLarge', megabytes(chosen.size), megabytes(MAX_IMPORT_BYTES));
      setState({ step: 'refused', text });
      return;
    }
    try {
      const read = readImportFile(await chosen.text(), language());
      setState(
        read.ok
          ? { step: 'confirming', fileName: chosen.name, file: read.file }
          : { step: 'problems', fileName: chosen.name, problems: read.problems, more: read.more },
      );
    } catch (error) {
      setState({ step: 'refused', text: t('dataImportUnreadable', errorText(error)) });
    }
  };

  const confirm = async (fileName: string, file: ExportFile) => {
    setState({ step: 'importing', fileName, file });
    try {
      const { settings } = await loadSettings();
      const reply = await importData(file);
      setState(
        reply.ok
          ? { step: 'imported', warning: await releaseUnusedAccess(settings.desks, file.settings.desks) }
          : { step: 'failed', error: reply.error },
      );
    } catch (error) {
      setState({ step: 'failed', error: errorText(error) });
    }
    input.current?.focus();
  };

  return (
    <div class="data-part">
      <h3>{t('dataImportHeading')}</h3>
      <p class="hint" id="data-import-hint">
        {t('dataImportHint', megabytes(MAX_IMPORT_BYTES))}
      </p>
      <div class="field">
        <label for="data-import-file">{t('dataImportFile')}</label>
        <input
          ref={input}
          id="data-import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="data-import-hint"
          disabled={state.step === 'importing'}
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
          data-testid="data-import-file"
        />
      </div>
      {state.step === 'refused' && (
        <p class="error" role="alert" data-testid="data-import-error">
          {state.text}
        </p>
      )}
      {state.step === 'problems' && (
        <ImportProblems
          headingRef={focusTarget}
          fileName={state.fileName}
          problems={state.problems}
          more={state.more}
        />
      )}
      {(state.step === 'confirming' || state.step === 'importing') && (
        <ImportConfirm
          headingRef={focusTarget}
          fileName={state.fileName}
          exportedAt={state.file.exportedAt}
          counts={exportCounts(state.file)}
          busy={state.step === 'importing'}
          onConfirm={() => void confirm(state.fileName, state.file)}
          onCancel={() => {
            setState({ step: 'idle' });
            input.current?.focus();
          }}
        />
      )}
      <p class="status" role="status" data-testid="data-import-status">
        {state.step === 'imported' ? t('dataImported') : null}
      </p>
      {state.step === 'imported' && state.warning && <p class="warning">{state.warning}</p>}
      {state.step === 'failed' && (
        <p class="error" role="alert" data-testid="data-import-error">
          {t('dataImportFailed', state.error)}
        </p>
      )}
    </div>
  );
}
