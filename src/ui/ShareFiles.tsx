// Exchange by file, for members with no network in common: one sends the state of their copy,
// the other answers with the changes it lacks; either can also write or import every change.
import type { Sharing } from '../app/sharingApi';
import { readImportFile } from '../exchange';
import { textOf } from '../i18n';
import { downloadText } from './exchangeFiles';
import type { Notices } from './notices';

export function ShareFiles(props: { sharing: Sharing; notices: Notices }) {
  let changesInput!: HTMLInputElement;
  let importInput!: HTMLInputElement;
  const fail = (sentence: string) => props.notices.show(sentence, { kind: 'error' });
  const download = (file: { fileName: string; text: string }) =>
    downloadText(file.fileName, file.text, 'application/json');

  const saveState = () => {
    const file = props.sharing.exportStateFile();
    if (file) download(file);
    else fail('No workspace is open.');
  };
  const writeChanges = (stateText?: string) => {
    const written = props.sharing.exportChangesFile(stateText);
    if (written.ok) download(written.value);
    else fail(textOf(Object.values(written.errors)[0] ?? 'The changes could not be written.'));
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
    else fail(read.message);
  };

  return (
    <section class="share-section" data-testid="share.files">
      <h4 class="section-title">Exchange by file</h4>
      <p class="muted">For members with no network in common: send each other files instead.</p>
      <div class="share-buttons">
        <button
          type="button"
          data-testid="share.exportState"
          title="A small file saying what this copy holds: a member answers it with the changes you lack"
          onClick={saveState}
        >
          Save my state
        </button>
        <button
          type="button"
          data-testid="share.exportChanges"
          title="Choose the state file a member sent you: writes only the changes they lack"
          onClick={() => changesInput.click()}
        >
          Write changes for a member…
        </button>
        <button
          type="button"
          data-testid="share.exportAll"
          title="Every change in this workspace, for a member whose state file you do not have"
          onClick={() => writeChanges()}
        >
          Write all changes
        </button>
        <button
          type="button"
          data-testid="share.importChanges"
          title="Apply a changes file a member sent you"
          onClick={() => importInput.click()}
        >
          Import changes…
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
