// How a shared workspace's copies reach each other: direct WebRTC (signaling and ICE servers) or
// a relay (URL and token). The form keeps the text as typed; it is parsed and checked on submit,
// and errors then stay under their field, updated as the user corrects them.
import { createSignal, createUniqueId, Show, type JSX } from 'solid-js';
import { textOf } from '../i18n';
import type { CommandErrors as FieldErrors } from '../store';
import { checkTransport, formatIceServers, parseIceServers, parseServerList } from '../sync/invite';
import type { TransportKind, TransportSettings } from '../sync/shareTypes';

export const RELAY_WARNING =
  'A relay stores the data it relays: whoever runs it can read this workspace.';

type Field = 'signaling' | 'iceServers' | 'relayUrl' | 'relayToken';
const FIELDS: Record<TransportKind, Field[]> = {
  webrtc: ['signaling', 'iceServers'],
  relay: ['relayUrl', 'relayToken'],
};

interface Draft {
  kind: TransportKind;
  signaling: string;
  iceServers: string;
  relayUrl: string;
  relayToken: string;
}

const draftOf = (t: TransportSettings): Draft => ({
  kind: t.kind,
  signaling: t.signaling.join('\n'),
  iceServers: formatIceServers(t.iceServers),
  relayUrl: t.relayUrl,
  relayToken: t.relayToken,
});

/** The settings the draft stands for, and the errors of the fields its kind uses. */
function readDraft(draft: Draft): { transport: TransportSettings; errors: FieldErrors } {
  const ice = parseIceServers(draft.iceServers);
  const transport: TransportSettings = {
    kind: draft.kind,
    signaling: parseServerList(draft.signaling),
    iceServers: ice.ok ? ice.servers : [],
    relayUrl: draft.relayUrl.trim(),
    relayToken: draft.relayToken.trim(),
  };
  const all: FieldErrors = { ...checkTransport(transport) };
  if (!ice.ok) all.iceServers = ice.reason;
  const errors: FieldErrors = {};
  for (const field of FIELDS[draft.kind]) if (all[field]) errors[field] = all[field];
  return { transport, errors };
}

export function TransportForm(props: {
  initial: TransportSettings;
  submitLabel: string;
  submitTestId: string;
  /** Answers the errors to show (by field, or any other key for the form), or null when done. */
  onSubmit(transport: TransportSettings): Promise<FieldErrors | null>;
}) {
  const id = createUniqueId();
  // The starting settings are read once: a later change of them must not erase what is typed.
  const [draft, setDraft] = createSignal(draftOf(props.initial));
  const [submitted, setSubmitted] = createSignal(false);
  const [refused, setRefused] = createSignal<FieldErrors>({});
  const [busy, setBusy] = createSignal(false);
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft(), ...patch });
    setRefused({});
  };
  const errors = (): FieldErrors =>
    submitted() ? { ...readDraft(draft()).errors, ...refused() } : refused();
  const otherErrors = () =>
    Object.entries(errors())
      .filter(([key]) => !FIELDS[draft().kind].includes(key as Field))
      .map(([, sentence]) => textOf(sentence));

  const submit = async () => {
    setSubmitted(true);
    const { transport, errors: found } = readDraft(draft());
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const answer = await props.onSubmit(transport);
    setBusy(false);
    setRefused(answer ?? {});
    if (!answer) setSubmitted(false);
  };

  const field = (key: Field, label: string, control: JSX.Element, hint?: string) => (
    <div class="field" classList={{ invalid: !!errors()[key] }}>
      <label for={`${id}-${key}`}>{label}</label>
      {control}
      <Show when={errors()[key]} fallback={hint && <div class="hint">{hint}</div>}>
        <div class="error" role="alert" data-testid={`share.error.${key}`}>
          {textOf(errors()[key])}
        </div>
      </Show>
    </div>
  );

  return (
    <form
      class="transport-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset class="transport-kind">
        <legend>Connection</legend>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            data-testid="share.transport.webrtc"
            checked={draft().kind === 'webrtc'}
            onChange={() => set({ kind: 'webrtc' })}
          />
          Direct (WebRTC)
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            data-testid="share.transport.relay"
            checked={draft().kind === 'relay'}
            onChange={() => set({ kind: 'relay' })}
          />
          Relay server
        </label>
      </fieldset>
      <Show when={draft().kind === 'webrtc'}>
        {field(
          'signaling',
          'Signaling servers (one per line)',
          <textarea
            id={`${id}-signaling`}
            class="code"
            rows={2}
            data-testid="share.signaling"
            aria-invalid={!!errors().signaling}
            value={draft().signaling}
            onInput={(e) => set({ signaling: e.currentTarget.value })}
          />,
        )}
        {field(
          'iceServers',
          'ICE servers (JSON, or one URL per line)',
          <textarea
            id={`${id}-iceServers`}
            class="code"
            rows={2}
            data-testid="share.ice"
            aria-invalid={!!errors().iceServers}
            value={draft().iceServers}
            onInput={(e) => set({ iceServers: e.currentTarget.value })}
          />,
          'Empty: browsers on one network only. Add STUN/TURN servers to cross networks.',
        )}
      </Show>
      <Show when={draft().kind === 'relay'}>
        {field(
          'relayUrl',
          'Relay URL',
          <input
            id={`${id}-relayUrl`}
            inputMode="url"
            spellcheck={false}
            placeholder="wss://relay.example.org"
            data-testid="share.relayUrl"
            aria-invalid={!!errors().relayUrl}
            value={draft().relayUrl}
            onInput={(e) => set({ relayUrl: e.currentTarget.value })}
          />,
        )}
        {field(
          'relayToken',
          'Access token',
          <input
            id={`${id}-relayToken`}
            autocomplete="off"
            data-testid="share.relayToken"
            aria-invalid={!!errors().relayToken}
            value={draft().relayToken}
            onInput={(e) => set({ relayToken: e.currentTarget.value })}
          />,
          'Empty when the relay asks for none.',
        )}
        <p class="share-warning" data-testid="share.relayWarning">
          {RELAY_WARNING}
        </p>
      </Show>
      <Show when={otherErrors().length > 0}>
        <p class="error-text" role="alert" data-testid="share.transportError">
          {otherErrors().join('\n')}
        </p>
      </Show>
      <div class="actions">
        <button type="submit" class="primary" data-testid={props.submitTestId} disabled={busy()}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
