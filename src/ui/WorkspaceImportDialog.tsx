// Import a workspace file: choose or drop it (Concord JSON, Cytoscape JSON, GEXF, GraphML, or one
// or two CSV tables), say which CSV column holds what, see what would be stored (counts,
// assumptions, problems; read and checked in a worker meanwhile, with Cancel), choose a new
// workspace or a merge, import. A file with problems cannot be imported at all: the preview says
// so and the button stays off.
import { createSignal, For, Show } from 'solid-js';
import { baseName, IMPORT_FILE_TYPES, type ImportPreview, type PreviewSummary } from '../exchange';
import type { ImportPreviewer } from '../exchange/previewClient';
import { oneDecimal } from '../exchange/report';
import { list, message, t, textOf, type Text } from '../i18n';
import { ENTITY_TYPES } from '../model';
import { CsvMapping, TypeChoice } from './CsvColumnMapping';
import { DropZone } from './DropZone';
import { Modal } from './Modal';
import { createWorkspaceImport, reasonOf, type Checking } from './workspaceImport';

type Target = 'new' | 'merge';

export function WorkspaceImportDialog(props: {
  hasCurrentWorkspace: boolean;
  currentName: string;
  /** Reads and checks the files; its worker is its owner's to destroy. */
  previewer: ImportPreviewer;
  /** Answers why the import failed, or null once it is stored. */
  onImport(preview: ImportPreview, target: Target, newName: string): Promise<Text | null>;
  onClose(): void;
}) {
  // eslint-disable-next-line solid/reactivity -- one previewer for the dialog's life
  const state = createWorkspaceImport(props.previewer);
  const [target, setTarget] = createSignal<Target>('new');
  const [newName, setNewName] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const chosenTarget = () => (props.hasCurrentWorkspace ? target() : 'new');

  const choose = async (files: File[]) => {
    if (await state.choose(files)) setNewName(baseName(files[0].name));
  };

  const canImport = () =>
    state.preview()?.ok === true &&
    !state.checking() &&
    !busy() &&
    (chosenTarget() === 'merge' || newName().trim() !== '');

  const submit = async () => {
    const summary = state.preview();
    if (!summary || !canImport()) return;
    setBusy(true);
    state.say(null);
    let error: Text | null;
    try {
      // The records stay in the worker until now: receiving them is a long task of its own.
      const snapshot = await state.snapshot();
      error = await props.onImport({ ...summary, snapshot }, chosenTarget(), newName().trim());
    } catch (failure) {
      error = reasonOf(failure);
    }
    setBusy(false);
    if (error) state.say(error);
  };

  return (
    <Modal
      label={t('exchange.dialog.title')}
      testId="exchange.import-dialog"
      class="exchange-dialog"
      onClose={() => props.onClose()}
    >
      <h3>{t('exchange.dialog.title')}</h3>
      <FileChooser onFiles={(files) => void choose(files)} />
      <Show when={state.loaded()?.kind === 'file'}>
        <TypeChoice
          label={t('exchange.dialog.defaultType')}
          testId="default-type"
          value={state.defaultType()}
          onChange={(type) => state.changeDefaultType(type)}
        />
      </Show>
      <Show when={state.csvFiles().length > 0}>
        <CsvMapping
          files={state.csvFiles()}
          nodeMapping={state.nodeMapping()}
          edgeMapping={state.edgeMapping()}
          onNodeMapping={(mapping) => state.changeNodeMapping(mapping)}
          onEdgeMapping={(mapping) => state.changeEdgeMapping(mapping)}
          onSwap={() => state.swap()}
        />
      </Show>
      <Show when={state.preview()}>
        {(p) => <PreviewLines preview={p()} stale={state.checking() !== null} />}
      </Show>
      <Show when={state.preview()?.ok}>
        <TargetChoice
          hasCurrentWorkspace={props.hasCurrentWorkspace}
          currentName={props.currentName}
          target={chosenTarget()}
          newName={newName()}
          onTarget={setTarget}
          onNewName={setNewName}
        />
      </Show>
      <Show when={state.message()}>
        {(text) => (
          <p class="error-text" role="alert" data-testid="exchange.message">
            {textOf(text())}
          </p>
        )}
      </Show>
      <div class="actions">
        <Show when={state.checking()}>{(checking) => <CheckingLine checking={checking()} />}</Show>
        <Show
          when={state.checking()}
          fallback={
            <button type="button" data-testid="exchange.cancel" onClick={() => props.onClose()}>
              {t('common.cancel')}
            </button>
          }
        >
          <button type="button" data-testid="exchange.stop" onClick={() => state.stop()}>
            {t('common.cancel')}
          </button>
        </Show>
        <button
          type="button"
          class="primary"
          data-testid="exchange.import"
          disabled={!canImport()}
          onClick={() => void submit()}
        >
          {busy() ? t('exchange.dialog.importing') : t('exchange.dialog.import')}
        </button>
      </div>
    </Modal>
  );
}

/** What the worker is doing, with the files' names and size: a large file takes a while. */
function CheckingLine(props: { checking: Checking }) {
  const names = () => list(props.checking.files.map((f) => f.name));
  const size = () => fileSize(props.checking.files.reduce((sum, f) => sum + f.size, 0));
  const step = () =>
    props.checking.step === 'reading' ? 'exchange.dialog.reading' : 'exchange.dialog.checking';
  return (
    <div class="exchange-checking" role="status" data-testid="exchange.checking">
      <p>{t(step(), { names: names(), size: size() })}</p>
      <progress aria-label={t('exchange.dialog.progress')} />
    </div>
  );
}

const fileSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? t('exchange.dialog.kilobytes', { size: Math.max(1, Math.round(bytes / 1024)) })
    : t('exchange.dialog.megabytes', { size: oneDecimal(bytes / 1024 / 1024) });

function FileChooser(props: { onFiles(files: File[]): void }) {
  return (
    <DropZone accept={IMPORT_FILE_TYPES} testId="exchange.file-input" onFiles={props.onFiles}>
      <u>{t('exchange.dialog.chooseFile')}</u> {t('exchange.dialog.dropHint')}
    </DropZone>
  );
}

/** `stale` while the file is checked again: greyed until the new answer replaces it. */
function PreviewLines(props: { preview: PreviewSummary; stale: boolean }) {
  const counts = () =>
    ENTITY_TYPES.filter((type) => props.preview.counts[type] > 0).map((type) =>
      t(`exchange.count.${type}`, { count: props.preview.counts[type] }),
    );
  const relations = () =>
    message('common.count.relations', { count: props.preview.counts.relations });
  return (
    <div class="exchange-preview" classList={{ stale: props.stale }} aria-busy={props.stale}>
      <Show when={props.preview.ok}>
        <p data-testid="exchange.preview.counts">
          {t('exchange.dialog.willImport', {
            entities: counts().join(', ') || t('exchange.dialog.noEntities'),
            relations: relations(),
          })}
        </p>
      </Show>
      <Show when={props.preview.warnings.length > 0}>
        <ul class="exchange-warnings" data-testid="exchange.preview.warnings">
          <For each={props.preview.warnings}>{(warning) => <li>{t(warning)}</li>}</For>
        </ul>
      </Show>
      <Show when={!props.preview.ok}>
        <div class="exchange-problems" role="alert" data-testid="exchange.preview.problems">
          <p>{t('exchange.dialog.cannotImport')}</p>
          <ul>
            <For each={props.preview.problems}>{(problem) => <li>{t(problem)}</li>}</For>
          </ul>
        </div>
      </Show>
    </div>
  );
}

function TargetChoice(props: {
  hasCurrentWorkspace: boolean;
  currentName: string;
  target: Target;
  newName: string;
  onTarget(target: Target): void;
  onNewName(name: string): void;
}) {
  return (
    <fieldset class="exchange-target">
      <label>
        <input
          type="radio"
          name="exchange-target"
          data-testid="exchange.target.new"
          checked={props.target === 'new'}
          onChange={() => props.onTarget('new')}
        />
        {t('exchange.dialog.newWorkspace')}
        <input
          type="text"
          aria-label={t('exchange.dialog.newWorkspaceName')}
          data-testid="exchange.target.name"
          value={props.newName}
          onInput={(e) => props.onNewName(e.currentTarget.value)}
          onFocus={() => props.onTarget('new')}
        />
      </label>
      <Show when={props.hasCurrentWorkspace}>
        <label>
          <input
            type="radio"
            name="exchange-target"
            data-testid="exchange.target.merge"
            checked={props.target === 'merge'}
            onChange={() => props.onTarget('merge')}
          />
          {t('exchange.dialog.merge', { name: props.currentName })}
        </label>
      </Show>
    </fieldset>
  );
}
