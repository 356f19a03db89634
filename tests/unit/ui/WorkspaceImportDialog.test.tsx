// The import dialog as a user meets it: choose files, map CSV columns with a live preview, see
// problems that keep the Import button off, choose new workspace or merge, import; and cancel a
// check under way. The files are read and checked by the preview worker's own code, served
// in-process (tests/fixtures/fakeWorker.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'solid-js/web';
import { exportConcordJson, exportGexf, type ImportPreview } from '../../../src/exchange';
import { createImportPreviewer } from '../../../src/exchange/previewClient';
import { createPreviewWork } from '../../../src/exchange/previewWork';
import { WorkspaceImportDialog } from '../../../src/ui/WorkspaceImportDialog';
import { richWorkspace } from '../../fixtures/exchange/workspace';
import { spawner } from '../../fixtures/fakeWorker';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

type OnImport = (
  preview: ImportPreview,
  target: 'new' | 'merge',
  name: string,
) => Promise<string | null>;

function mount(answer: string | null = null, hasCurrentWorkspace = true) {
  const onImport = vi.fn<OnImport>(async () => answer);
  const onClose = vi.fn();
  const workers = spawner(createPreviewWork);
  const previewer = createImportPreviewer(workers.spawn);
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(
    () => (
      <WorkspaceImportDialog
        hasCurrentWorkspace={hasCurrentWorkspace}
        currentName="Quận 1"
        previewer={previewer}
        onImport={onImport}
        onClose={onClose}
      />
    ),
    root,
  );
  const get = <T extends HTMLElement = HTMLElement>(id: string) =>
    root.querySelector<T>(`[data-testid="${id}"]`);
  const choose = (...files: File[]) => {
    const input = get<HTMLInputElement>('exchange.file-input')!;
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const select = (id: string, value: string) => {
    const element = get<HTMLSelectElement>(id)!;
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  };
  /** Until the worker has answered the last change. */
  const checked = () => vi.waitFor(() => expect(get('exchange.checking')).toBeNull());
  return { get, choose, select, checked, onImport, onClose, workers };
}

const NODES = 'Tên,Loại\nLê Văn D,person\nCông an phường,org\n';
const EDGES = 'Từ,Đến,Quan hệ\nLê Văn D,Công an phường,holds_title\n';

describe('WorkspaceImportDialog', () => {
  it('maps two CSV tables, previews them live and imports into a new workspace', async () => {
    const ui = mount();
    ui.choose(new File([NODES], 'can-bo.csv'), new File([EDGES], 'quan-he.csv'));
    await vi.waitFor(() => expect(ui.get('exchange.preview.counts')).not.toBeNull());
    expect(ui.get<HTMLSelectElement>('exchange.mapping.name')!.value).toBe('Tên');
    expect(ui.get<HTMLSelectElement>('exchange.mapping.type')!.value).toBe('Loại');
    expect(ui.get<HTMLSelectElement>('exchange.mapping.edge-source')!.value).toBe('Từ');
    expect(ui.get('exchange.preview.warnings')!.textContent).toBe(
      '1 edge had no type; imported as “related to”.',
    );
    ui.select('exchange.mapping.edge-type', 'Quan hệ');
    // The last preview stays, greyed, while the worker checks the change; Import waits for it.
    expect(ui.get('exchange.preview.counts')!.closest('.stale')).not.toBeNull();
    expect(ui.get<HTMLButtonElement>('exchange.import')!.disabled).toBe(true);
    await ui.checked();
    expect(ui.get('exchange.preview.counts')!.closest('.stale')).toBeNull();
    expect(ui.get('exchange.preview.warnings')).toBeNull();
    // Without the type column both rows are organisations, and the relation is refused.
    ui.select('exchange.mapping.type', '');
    await ui.checked();
    expect(ui.get('exchange.preview.problems')!.textContent).toContain(
      'Edges row 2: an organisation cannot be linked to an organisation as “holds a title at”.',
    );
    expect(ui.get<HTMLButtonElement>('exchange.import')!.disabled).toBe(true);
    ui.select('exchange.mapping.type', 'Loại');
    await ui.checked();
    expect(ui.get('exchange.preview.problems')).toBeNull();
    expect(ui.get('exchange.preview.counts')!.textContent).toBe(
      'Will import 1 person, 1 organisation and 1 relation.',
    );
    const name = ui.get<HTMLInputElement>('exchange.target.name')!;
    expect(name.value).toBe('can-bo');
    ui.get('exchange.import')!.click();
    await vi.waitFor(() => expect(ui.onImport).toHaveBeenCalledTimes(1));
    const [preview, target, newName] = ui.onImport.mock.calls[0];
    expect([preview.ok, target, newName]).toEqual([true, 'new', 'can-bo']);
    expect(preview.snapshot.relations[0]).toMatchObject({ type: 'holds_title' });
  });

  it('imports a GEXF file merged into the open workspace', async () => {
    const ui = mount();
    ui.choose(new File([exportGexf(richWorkspace())], 'graph.gexf'));
    await vi.waitFor(() => expect(ui.get('exchange.preview.counts')).not.toBeNull());
    expect(ui.get('exchange.mapping.name')).toBeNull();
    ui.get<HTMLInputElement>('exchange.target.merge')!.click();
    ui.get('exchange.import')!.click();
    await vi.waitFor(() => expect(ui.onImport).toHaveBeenCalledTimes(1));
    expect(ui.onImport.mock.calls[0][1]).toBe('merge');
    expect(ui.onImport.mock.calls[0][0].counts.relations).toBe(9);
  });

  it('lists the problems of a broken file and keeps Import off', async () => {
    const ui = mount(null, false);
    ui.choose(new File(['<!DOCTYPE x [<!ENTITY a "b">]><gexf/>'], 'evil.gexf'));
    await vi.waitFor(() => expect(ui.get('exchange.preview.problems')).not.toBeNull());
    expect(ui.get('exchange.preview.problems')!.textContent).toContain('nothing will be stored');
    expect(ui.get('exchange.target.merge')).toBeNull();
    expect(ui.get<HTMLButtonElement>('exchange.import')!.disabled).toBe(true);
  });

  it('refuses three files with a sentence, and shows the answer of a failed import', async () => {
    const ui = mount('The disk is full.');
    const file = () => new File([NODES], 'a.csv');
    ui.choose(file(), file(), file());
    await vi.waitFor(() => expect(ui.get('exchange.message')).not.toBeNull());
    expect(ui.get('exchange.message')!.textContent).toMatch(/one file, or two CSV files/);
    ui.choose(file());
    await vi.waitFor(() => expect(ui.get('exchange.preview.counts')).not.toBeNull());
    ui.get('exchange.import')!.click();
    await vi.waitFor(() =>
      expect(ui.get('exchange.message')!.textContent).toBe('The disk is full.'),
    );
    ui.get('exchange.cancel')!.click();
    expect(ui.onClose).toHaveBeenCalled();
  });

  it('says which file it is reading, and Cancel stops it, stores nothing and keeps the dialog', async () => {
    const ui = mount();
    const text = exportConcordJson(richWorkspace());
    ui.choose(new File([text], 'backup.concord.json'));
    expect(ui.get('exchange.checking')!.textContent).toMatch(
      /^Reading backup\.concord\.json \(\d+ KB\)…/,
    );
    expect(ui.get<HTMLButtonElement>('exchange.import')!.disabled).toBe(true);
    ui.get('exchange.stop')!.click();
    expect(ui.get('exchange.checking')).toBeNull();
    expect(ui.get('exchange.message')!.textContent).toBe('Cancelled: nothing was stored.');
    // The worker under way was stopped, not left to finish.
    expect(ui.workers.spawned[0].terminated).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ui.get('exchange.preview.counts')).toBeNull();
    expect(ui.onImport).not.toHaveBeenCalled();
    expect(ui.onClose).not.toHaveBeenCalled();
    // The dialog is as it was: the next file is read in a new worker and imported.
    ui.choose(new File([text], 'backup.concord.json'));
    await vi.waitFor(() => expect(ui.get('exchange.preview.counts')).not.toBeNull());
    expect(ui.get('exchange.message')).toBeNull();
    ui.get('exchange.import')!.click();
    await vi.waitFor(() => expect(ui.onImport).toHaveBeenCalledTimes(1));
    expect(ui.onImport.mock.calls[0][0].snapshot).toEqual(richWorkspace());
    expect(ui.workers.spawned).toHaveLength(2);
  });
});
