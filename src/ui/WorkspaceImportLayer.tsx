// Imports a workspace file: the dialog previews it; this stores it, into a new workspace or merged
// into the open one (one undo step). Nothing is written unless the whole file passed the checks.
import { onCleanup } from 'solid-js';
import type { AppController } from '../app/appController';
import type { ImportPreview } from '../exchange';
import { createImportPreviewer } from '../exchange/previewClient';
import { message, type Text } from '../i18n';
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
  ): Promise<Text | null> => {
    if (!preview.ok) return message('exchange.import.hasProblems');
    let created: string | null = null;
    if (target === 'new') {
      const made = await props.app.createWorkspace(newName);
      if (!made.ok) return Object.values(made.errors)[0];
      created = made.value;
    }
    const session = props.app.session();
    if (!session) return message('exchange.import.noWorkspace');
    const imported = importSnapshot(session.doc, preview.snapshot, {
      origin: target === 'new' ? 'system' : 'undoable',
    });
    if (!imported.ok) {
      // All or nothing: a workspace made for a refused import goes again.
      if (created) await props.app.deleteWorkspace(created);
      return Object.values(imported.errors)[0];
    }
    const { added, updated, relationsAdded, relationsMerged } = imported.value;
    const relations = relationsAdded + relationsMerged;
    const done = message('exchange.import.done', {
      entities: message('common.count.entities', { count: added + updated }),
      added,
      updated,
      relations: message('common.count.relations', { count: relations }),
    });
    const undo = { label: message('exchange.import.undo'), run: () => session.history.undo() };
    props.notices.show(done, target === 'merge' ? { action: undo } : {});
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
