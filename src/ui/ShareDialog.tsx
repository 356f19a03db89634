// The share dialog: who I am to the others, then either how to start sharing (a transport and
// "Create invite") or the shared workspace's invite, connection and people; and, in both cases,
// the exchange by file.
import { createEffect, createSignal, createUniqueId, on, Show } from 'solid-js';
import type { Sharing } from '../app/sharingApi';
import { message, t, textOf, type Text } from '../i18n';
import { DEFAULT_TRANSPORT } from '../sync/invite';
import type { TransportSettings } from '../sync/shareTypes';
import type { Dialogs } from './dialogs';
import { Modal } from './Modal';
import type { Notices } from './notices';
import { SharedWorkspace } from './SharedWorkspace';
import { ShareFiles } from './ShareFiles';
import { TransportForm } from './TransportForm';

export function ShareDialog(props: {
  sharing: Sharing;
  workspaceName: string;
  dialogs: Dialogs;
  notices: Notices;
  onClose(): void;
}) {
  let closeButton!: HTMLButtonElement;
  const focusInside = () => closeButton.focus({ preventScroll: true });
  // Creating an invite or stopping sharing removes the button that had the focus.
  createEffect(on(() => props.sharing.settings() === null, focusInside, { defer: true }));
  return (
    <Modal
      label={t('sharing.shareDialog.label')}
      testId="share.dialog"
      class="share-dialog"
      onClose={() => props.onClose()}
    >
      <h3>{t('sharing.shareDialog.title', { name: props.workspaceName })}</h3>
      <IdentityFields sharing={props.sharing} />
      <Show
        when={props.sharing.settings()}
        fallback={<StartSharing sharing={props.sharing} notices={props.notices} />}
      >
        {(settings) => (
          <SharedWorkspace
            sharing={props.sharing}
            settings={settings()}
            workspaceName={props.workspaceName}
            dialogs={props.dialogs}
            notices={props.notices}
          />
        )}
      </Show>
      <ShareFiles sharing={props.sharing} notices={props.notices} />
      <div class="actions">
        <button
          type="button"
          data-testid="share.close"
          onClick={() => props.onClose()}
          // Focus inside the dialog, so that Escape closes it; the top stays in view.
          ref={(el) => ((closeButton = el), queueMicrotask(focusInside))}
        >
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}

/** The name and colour the others see; saved as soon as a field is changed. */
function IdentityFields(props: { sharing: Sharing }) {
  const id = createUniqueId();
  // Drafts: a refused name stays in the field, with the reason beside it.
  // eslint-disable-next-line solid/reactivity
  const [name, setName] = createSignal(props.sharing.identity().name);
  // eslint-disable-next-line solid/reactivity
  const [colour, setColour] = createSignal(props.sharing.identity().colour);
  const [errors, setErrors] = createSignal<Text[]>([]);
  const error = () => errors().map(textOf).join(' ');
  const save = () => {
    const saved = props.sharing.setIdentity({ name: name(), colour: colour() });
    setErrors(saved.ok ? [] : Object.values(saved.errors));
  };
  return (
    <section class="share-section">
      <h4 class="section-title">{t('sharing.shareDialog.you')}</h4>
      <div class="share-identity">
        <div class="field" classList={{ invalid: !!error() }}>
          <label for={`${id}-name`}>{t('sharing.shareDialog.name')}</label>
          <input
            id={`${id}-name`}
            data-testid="share.name"
            value={name()}
            onInput={(e) => setName(e.currentTarget.value)}
            onChange={save}
          />
        </div>
        <div class="field">
          <label for={`${id}-colour`}>{t('sharing.shareDialog.colour')}</label>
          <input
            id={`${id}-colour`}
            type="color"
            data-testid="share.colour"
            value={colour()}
            onInput={(e) => setColour(e.currentTarget.value)}
            onChange={save}
          />
        </div>
      </div>
      <Show when={error()}>
        <p class="error-text" role="alert" data-testid="share.identityError">
          {error()}
        </p>
      </Show>
    </section>
  );
}

function StartSharing(props: { sharing: Sharing; notices: Notices }) {
  const share = async (transport: TransportSettings) => {
    const shared = await props.sharing.share(transport);
    if (!shared.ok) return shared.errors;
    props.notices.show(message('sharing.shareDialog.created'));
    return null;
  };
  return (
    <section class="share-section">
      <h4 class="section-title">{t('sharing.shareDialog.invitePeople')}</h4>
      <p>{t('sharing.shareDialog.inviteIntro')}</p>
      <TransportForm
        initial={DEFAULT_TRANSPORT}
        submitLabel={t('sharing.shareDialog.createInvite')}
        submitTestId="share.create"
        onSubmit={share}
      />
    </section>
  );
}
