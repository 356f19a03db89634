// Import a workspace file: choose or drop it (Concord JSON, Cytoscape JSON, GEXF, GraphML, or one
// or two CSV tables), say which CSV column holds what, see what would be stored (counts,
// assumptions, problems), choose a new workspace or a merge, import. A file with problems
// cannot be imported at all: the preview says so and the button stays off.
import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  baseName,
  failedPreview,
  guessEdgeMapping,
  guessNodeMapping,
  IMPORT_FILE_TYPES,
  previewCsvImport,
  previewImport,
  TYPE_NAMES,
  type CsvEdgeMapping,
  type CsvNodeMapping,
  type CsvTable,
  type ImportPreview,
} from '../exchange';
import { ENTITY_TYPES, type EntityType } from '../model';
import { readImportFiles, type CsvRole, type ImportFiles } from './exchangeFiles';
import { CsvMapping, TypeChoice } from './CsvColumnMapping';
import { DropZone } from './DropZone';
import { Modal } from './Modal';

type Target = 'new' | 'merge';

export function WorkspaceImportDialog(props: {
  hasCurrentWorkspace: boolean;
  currentName: string;
  onImport(preview: ImportPreview, target: Target, newName: string): Promise<string | null>;
  onClose(): void;
}) {
  const [loaded, setLoaded] = createSignal<ImportFiles | null>(null);
  const [message, setMessage] = createSignal<string | null>(null);
  const [defaultType, setDefaultType] = createSignal<EntityType>('org');
  const [nodeMapping, setNodeMapping] = createSignal<CsvNodeMapping>(guessNodeMapping([]));
  const [edgeMapping, setEdgeMapping] = createSignal<CsvEdgeMapping>({ source: '', target: '' });
  const [target, setTarget] = createSignal<Target>('new');
  const [newName, setNewName] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  const csvFiles = () => {
    const current = loaded();
    return current?.kind === 'csv' ? current.files : [];
  };
  const table = (role: CsvRole) => csvFiles().find((f) => f.role === role)?.table;
  const chosenTarget = () => (props.hasCurrentWorkspace ? target() : 'new');

  /** Guesses the mappings from the tables' headers, after a load or a swap of the two tables. */
  const remap = () => {
    const nodes = table('nodes');
    const edges = table('edges');
    if (nodes) setNodeMapping({ ...guessNodeMapping(nodes.columns), defaultType: defaultType() });
    if (edges) setEdgeMapping({ ...edgeGuess(edges), endType: defaultType() });
  };

  const choose = async (list: File[]) => {
    setMessage(null);
    const result = await readImportFiles(list);
    if (typeof result === 'string') return void setMessage(result);
    setLoaded(result);
    setNewName(baseName(result.kind === 'file' ? result.name : result.files[0].name));
    remap();
  };

  const swap = () => {
    const flip = (role: CsvRole): CsvRole => (role === 'nodes' ? 'edges' : 'nodes');
    setLoaded({ kind: 'csv', files: csvFiles().map((f) => ({ ...f, role: flip(f.role) })) });
    remap();
  };

  // Recomputed on every change of file, mapping or default type: the preview is always current.
  const preview = createMemo<ImportPreview | null>(() => {
    const current = loaded();
    if (!current) return null;
    if (current.kind === 'file')
      return previewImport(current.name, current.text, { defaultType: defaultType() });
    const [nodes, edges] = [table('nodes'), table('edges')];
    if (current.files.length === 2 && (!nodes || !edges))
      return failedPreview('csv', ['Both files are read as the same kind of table.']);
    return previewCsvImport(
      nodes ? { table: nodes, mapping: nodeMapping() } : null,
      edges ? { table: edges, mapping: edgeMapping() } : null,
    );
  });

  const canImport = () =>
    preview()?.ok === true && !busy() && (chosenTarget() === 'merge' || newName().trim() !== '');

  const submit = async () => {
    const current = preview();
    if (!current || !canImport()) return;
    setBusy(true);
    setMessage(null);
    const error = await props.onImport(current, chosenTarget(), newName().trim());
    setBusy(false);
    if (error) setMessage(error);
  };

  return (
    <Modal
      label="Import a workspace"
      testId="exchange.import-dialog"
      class="exchange-dialog"
      onClose={() => props.onClose()}
    >
      <h3>Import a workspace</h3>
      <FileChooser onFiles={(files) => void choose(files)} />
      <Show when={loaded()?.kind === 'file'}>
        <TypeChoice
          label="Nodes without a type become"
          testId="default-type"
          value={defaultType()}
          onChange={setDefaultType}
        />
      </Show>
      <Show when={csvFiles().length > 0}>
        <CsvMapping
          files={csvFiles()}
          nodeMapping={nodeMapping()}
          edgeMapping={edgeMapping()}
          onNodeMapping={setNodeMapping}
          onEdgeMapping={setEdgeMapping}
          onSwap={swap}
        />
      </Show>
      <Show when={preview()}>{(p) => <PreviewSummary preview={p()} />}</Show>
      <Show when={preview()?.ok}>
        <TargetChoice
          hasCurrentWorkspace={props.hasCurrentWorkspace}
          currentName={props.currentName}
          target={chosenTarget()}
          newName={newName()}
          onTarget={setTarget}
          onNewName={setNewName}
        />
      </Show>
      <Show when={message()}>
        {(text) => (
          <p class="error-text" role="alert" data-testid="exchange.message">
            {text()}
          </p>
        )}
      </Show>
      <div class="actions">
        <button type="button" data-testid="exchange.cancel" onClick={() => props.onClose()}>
          Cancel
        </button>
        <button
          type="button"
          class="primary"
          data-testid="exchange.import"
          disabled={!canImport()}
          onClick={() => void submit()}
        >
          {busy() ? 'Importing…' : 'Import'}
        </button>
      </div>
    </Modal>
  );
}

/** The guessed edge columns, or the first two columns when the headers say nothing. */
const edgeGuess = (table: CsvTable): CsvEdgeMapping =>
  guessEdgeMapping(table.columns) ?? {
    source: table.columns[0] ?? '',
    target: table.columns[1] ?? '',
  };

function FileChooser(props: { onFiles(files: File[]): void }) {
  return (
    <DropZone accept={IMPORT_FILE_TYPES} testId="exchange.file-input" onFiles={props.onFiles}>
      <u>Choose a file</u> or drop it here: Concord JSON, GEXF, GraphML, Cytoscape JSON, or CSV (a
      nodes table, an edges table, or both).
    </DropZone>
  );
}

function PreviewSummary(props: { preview: ImportPreview }) {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const counts = () =>
    ENTITY_TYPES.filter((type) => props.preview.counts[type] > 0).map((type) =>
      count(props.preview.counts[type], TYPE_NAMES[type].one.toLowerCase(), TYPE_NAMES[type].many),
    );
  return (
    <div class="exchange-preview">
      <Show when={props.preview.ok}>
        <p data-testid="exchange.preview.counts">
          Will import {counts().join(', ') || 'no entities'} and{' '}
          {count(props.preview.counts.relations, 'relation', 'relations')}.
        </p>
      </Show>
      <Show when={props.preview.warnings.length > 0}>
        <ul class="exchange-warnings" data-testid="exchange.preview.warnings">
          <For each={props.preview.warnings}>{(warning) => <li>{warning}</li>}</For>
        </ul>
      </Show>
      <Show when={!props.preview.ok}>
        <div class="exchange-problems" role="alert" data-testid="exchange.preview.problems">
          <p>This file cannot be imported; nothing will be stored. What is wrong:</p>
          <ul>
            <For each={props.preview.problems}>{(problem) => <li>{problem}</li>}</For>
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
        New workspace named
        <input
          type="text"
          aria-label="Name of the new workspace"
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
          Merge into “{props.currentName}” (entities with the same id are updated, never erased)
        </label>
      </Show>
    </fieldset>
  );
}
