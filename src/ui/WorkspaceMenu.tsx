// Switch, create, rename and delete workspaces. Each workspace is its own Y.Doc and database.
import { For } from 'solid-js';
import type { AppController } from '../app/appController';
import { dateTime, message, t } from '../i18n';
import type { Dialogs } from './dialogs';
import { Menu } from './Menu';
import type { Notices } from './notices';

/** "Last backup: 16 Sept 2022, 14:05", in the reader's language; reactive inside JSX. */
const lastBackup = (at: number | null) =>
  t('app.workspaceMenu.lastBackup', {
    when: at === null ? message('app.workspaceMenu.never') : dateTime(at),
  });

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
    const name = await props.dialogs.prompt(
      message('app.workspaceMenu.newTitle'),
      message('app.workspaceMenu.name'),
      t('app.workspaceMenu.untitled'),
    );
    if (name === null) return;
    const created = await props.app.createWorkspace(name);
    if (!created.ok) props.notices.show(Object.values(created.errors)[0], { kind: 'error' });
  };
  const rename = async () => {
    const workspace = current();
    if (!workspace) return;
    const name = await props.dialogs.prompt(
      message('app.workspaceMenu.renameTitle'),
      message('app.workspaceMenu.name'),
      workspace.name,
    );
    if (name === null) return;
    const renamed = props.app.renameWorkspace(workspace.id, name);
    if (!renamed.ok) props.notices.show(Object.values(renamed.errors)[0], { kind: 'error' });
  };
  const remove = async () => {
    const workspace = current();
    if (!workspace) return;
    const confirmed = await props.dialogs.confirm(
      message('app.workspaceMenu.deleteTitle', { name: workspace.name }),
      message('app.workspaceMenu.deleteMessage'),
      message('app.workspaceMenu.deleteConfirm'),
    );
    if (confirmed) await props.app.deleteWorkspace(workspace.id);
  };
  return (
    <Menu
      testId="workspace.menu"
      title={t('app.workspaceMenu.title')}
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
            {t('app.workspaceMenu.new')}
          </button>
          <button
            role="menuitem"
            data-testid="workspace.rename"
            onClick={() => (close(), void rename())}
          >
            {t('app.workspaceMenu.rename')}
          </button>
          <button
            role="menuitem"
            data-testid="workspace.join"
            title={t('app.workspaceMenu.joinTitle')}
            onClick={() => (close(), props.onJoin())}
          >
            {t('app.workspaceMenu.join')}
          </button>
          <hr />
          <button
            role="menuitem"
            data-testid="workspace.backup"
            title={t('app.workspaceMenu.backupTitle')}
            onClick={() => (close(), props.onBackUp())}
          >
            {t('app.workspaceMenu.backup')}
            <span class="menu-note" data-testid="workspace.last-backup">
              {lastBackup(current()?.lastBackupAt ?? null)}
            </span>
          </button>
          <button
            role="menuitem"
            data-testid="workspace.restore"
            title={t('app.workspaceMenu.restoreTitle')}
            onClick={() => (close(), props.onRestore())}
          >
            {t('app.workspaceMenu.restore')}
          </button>
          <hr />
          <button
            role="menuitem"
            data-testid="workspace.delete"
            class="danger"
            onClick={() => (close(), void remove())}
          >
            {t('app.workspaceMenu.delete')}
          </button>
        </>
      )}
    </Menu>
  );
}
