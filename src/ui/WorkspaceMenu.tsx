// Switch, create, rename and delete workspaces. Each workspace is its own Y.Doc and database.
import { For } from 'solid-js';
import type { AppController } from '../app/appController';
import type { Dialogs } from './dialogs';
import { Menu } from './Menu';
import type { Notices } from './notices';

const backupDate = (at: number | null) =>
  at === null
    ? 'never'
    : new Date(at).toLocaleString('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

export function WorkspaceMenu(props: {
  app: AppController;
  dialogs: Dialogs;
  notices: Notices;
  onBackUp(): void;
  onRestore(): void;
  onJoin(): void;
}) {
  const current = () => props.app.activeWorkspace();
  const create = async () => {
    const name = await props.dialogs.prompt('New workspace', 'Name', 'Untitled workspace');
    if (name === null) return;
    const created = await props.app.createWorkspace(name);
    if (!created.ok) props.notices.show(Object.values(created.errors)[0], { kind: 'error' });
  };
  const rename = async () => {
    const workspace = current();
    if (!workspace) return;
    const name = await props.dialogs.prompt('Rename workspace', 'Name', workspace.name);
    if (name === null) return;
    const renamed = props.app.renameWorkspace(workspace.id, name);
    if (!renamed.ok) props.notices.show(Object.values(renamed.errors)[0], { kind: 'error' });
  };
  const remove = async () => {
    const workspace = current();
    if (!workspace) return;
    const confirmed = await props.dialogs.confirm(
      `Delete “${workspace.name}”?`,
      'Its entities, relations and sources are removed from this browser. This cannot be undone.',
      'Delete workspace',
    );
    if (confirmed) await props.app.deleteWorkspace(workspace.id);
  };
  return (
    <Menu
      testId="workspace.menu"
      title="Workspaces"
      label={
        <>
          <span class="workspace-name" data-testid="workspace.current">
            {current()?.name ?? '…'}
          </span>{' '}
          ▾
        </>
      }
    >
      {(close) => (
        <>
          <For each={props.app.workspaces()}>
            {(workspace) => (
              <button
                role="menuitem"
                data-testid="workspace.item"
                classList={{ current: workspace.id === current()?.id }}
                onClick={() => {
                  close();
                  void props.app.switchTo(workspace.id);
                }}
              >
                {workspace.id === current()?.id ? '✓ ' : ''}
                {workspace.name}
              </button>
            )}
          </For>
          <hr />
          <button
            role="menuitem"
            data-testid="workspace.new"
            onClick={() => (close(), void create())}
          >
            New workspace…
          </button>
          <button
            role="menuitem"
            data-testid="workspace.rename"
            onClick={() => (close(), void rename())}
          >
            Rename…
          </button>
          <button
            role="menuitem"
            data-testid="workspace.join"
            title="Open a workspace someone shared with you, from their invite link or code"
            onClick={() => (close(), props.onJoin())}
          >
            Join with an invite…
          </button>
          <hr />
          <button
            role="menuitem"
            data-testid="workspace.backup"
            title="Download the whole workspace as a file you can restore"
            onClick={() => (close(), props.onBackUp())}
          >
            Back up now
            <span class="menu-note" data-testid="workspace.last-backup">
              Last backup: {backupDate(current()?.lastBackupAt ?? null)}
            </span>
          </button>
          <button
            role="menuitem"
            data-testid="workspace.restore"
            title="Open a backup file as a new workspace"
            onClick={() => (close(), props.onRestore())}
          >
            Restore a backup…
          </button>
          <hr />
          <button
            role="menuitem"
            data-testid="workspace.delete"
            class="danger"
            onClick={() => (close(), void remove())}
          >
            Delete workspace…
          </button>
        </>
      )}
    </Menu>
  );
}
