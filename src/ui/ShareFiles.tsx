// Exchange by file, for members with no network in common: one sends the state of their copy,
// the other answers with the changes it lacks; either can also write or import every change.
import type { Sharing } from '../app/sharingApi';
import { readImportFile } from '../exchange';
import { message, t, type Text } from '../i18n';
import { downloadText } from './exchangeFiles';
import type { Notices } from './notices';

export function ShareFiles(props: { sharing: Sharing; notices: Notices }) {
  let changesInput!: HTMLInputElement;
  let importInput!: HTMLInputElement;
  const fail = (sentence: Text) => props.notices.show(sentence, { kind: 'error' });
  const download = (file: { fileName: string; text: string }) =>
    downloadText(file.fileName, file.text, 'application/json');

  const saveState = () => {
    const file = props.sharing.exportStateFile();
    if (file) download(file);
    else fail(message('sharing.control.noWorkspace'));
  };
  const writeChanges = (stateText?: string) => {
    const written = props.sharing.exportChangesFile(stateText);
    if (written.ok) download(written.value);
    else fail(Object.values(written.errors)[0] ?? message('sharing.shareFiles.writeFailed'));
  };
  const importChanges = (text: string) => {
    const result = props.sharing.importChangesFile(text);
    props.notices.show(result.message, { kind: result.ok ? 'info' : 'error' });
  };
  /** Reads the chosen file, then clears the input so that the same file can be chosen again. */
  const readChosen = async (input: HTMLInputElement, use: (text: string) => void) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readImportFile(file);
    if (read.ok) use(read.text);
    else props.notices.show(read.message, { kind: 'error' });
  };

  return (
    <section class="share-section" data-testid="share.files">
      <h4 class="section-title">{t('sharing.shareFiles.title')}</h4>
      <p class="muted">{t('sharing.shareFiles.intro')}</p>
      <div class="share-buttons">
        <button
          type="button"
          data-testid="share.exportState"
          title={t('sharing.shareFiles.saveStateHint')}
          onClick={saveState}
        >
          {t('sharing.shareFiles.saveState')}
        </button>
        <button
          type="button"
          data-testid="share.exportChanges"
          title={t('sharing.shareFiles.writeChangesHint')}
          onClick={() => changesInput.click()}
        >
          {t('sharing.shareFiles.writeChanges')}
        </button>
        <button
          type="button"
          data-testid="share.exportAll"
          title={t('sharing.shareFiles.writeAllHint')}
          onClick={() => writeChanges()}
        >
          {t('sharing.shareFiles.writeAll')}
        </button>
        <button
          type="button"
          data-testid="share.importChanges"
          title={t('sharing.shareFiles.importHint')}
          onClick={() => importInput.click()}
        >
          {t('sharing.shareFiles.import')}
        </button>
      </div>
      <input
        type="file"
        hidden
        accept=".json,application/json"
        data-testid="share.exportChangesInput"
        ref={changesInput}
        onChange={(e) => void readChosen(e.currentTarget, writeChanges)}
      />
      <input
        type="file"
        hidden
        accept=".json,application/json"
        data-testid="share.importChangesInput"
        ref={importInput}
        onChange={(e) => void readChosen(e.currentTarget, importChanges)}
      />
    </section>
  );
}
