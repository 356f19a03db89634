// Imports a workspace file: the dialog previews it; this stores it, into a new workspace or merged
// into the open one (one undo step). Nothing is written unless the whole file passed the checks.
import { onCleanup } from 'solid-js';
import type { AppController } from '../app/appController';
import type { ImportPreview } from '../exchange';
import { createImportPreviewer } from '../exchange/previewClient';
import { textOf } from '../i18n';
import { importSnapshot } from '../store';
import type { Notices } from './notices';
import { WorkspaceImportDialog } from './WorkspaceImportDialog';

export function WorkspaceImportLayer(props: {
  app: AppController;
  notices: Notices;
  onDone(): void;
}) {
  // Its worker lives as long as the dialog: closing it stops any reading or checking.
  const previewer = createImportPreviewer();
  onCleanup(() => previewer.destroy());
  const store = async (
    preview: ImportPreview,
    target: 'new' | 'merge',
    newName: string,
  ): Promise<string | null> => {
    if (!preview.ok) return 'This file has problems: nothing was imported.';
    let created: string | null = null;
    if (target === 'new') {
      const made = await props.app.createWorkspace(newName);
      if (!made.ok) return textOf(Object.values(made.errors)[0]);
      created = made.value;
    }
    const session = props.app.session();
    if (!session) return 'No workspace is open.';
    const imported = importSnapshot(session.doc, preview.snapshot, {
      origin: target === 'new' ? 'system' : 'undoable',
    });
    if (!imported.ok) {
      // All or nothing: a workspace made for a refused import goes again.
      if (created) await props.app.deleteWorkspace(created);
      return textOf(Object.values(imported.errors)[0]);
    }
    const { added, updated, relationsAdded, relationsMerged } = imported.value;
    const relations = relationsAdded + relationsMerged;
    props.notices.show(
      `Imported ${added + updated} entities (${added} new, ${updated} updated) and ${relations} relations`,
      target === 'merge' ? { action: { label: 'Undo', run: () => session.history.undo() } } : {},
    );
    props.onDone();
    return null;
  };
  return (
    <WorkspaceImportDialog
      hasCurrentWorkspace={props.app.session() !== null}
      currentName={props.app.activeWorkspace()?.name ?? ''}
      previewer={previewer}
      onImport={store}
      onClose={props.onDone}
    />
  );
}
