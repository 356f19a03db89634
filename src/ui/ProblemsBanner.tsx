// Says that data from another copy was set aside: records the projection could not read, updates
// applyPeerUpdate refused, positions or metadata it let go. Details lists the sentences, as text
// (they quote ids and reasons a peer chose). Dismissed, it stays away until something new comes.
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import type { WorkspaceSession } from '../app/workspaceSession';
import { t } from '../i18n';
import { peerWarningsOf } from '../sync';

const RECORD_ID = /(?:^|\s)((?:person|org|agreement|theme|source|rel):[a-z0-9]{8,32})(?=[\s:.]|$)/;

/** The record a projection sentence is about; a sentence without a well-formed id stands alone. */
export function recordOf(sentence: string): string {
  return RECORD_ID.exec(sentence)?.[1] ?? sentence;
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function problemsHeadline(records: number, updates: number): string {
  const parts = [
    ...(records > 0 ? [count(records, 'record')] : []),
    ...(updates > 0 ? [count(updates, 'update')] : []),
  ];
  return `Some data from another copy was set aside: ${parts.join(' and ')} could not be read.`;
}

interface Dismissal {
  problems: Set<string>;
  seq: number;
}

export function ProblemsBanner(props: { session: WorkspaceSession | null }) {
  const [open, setOpen] = createSignal(false);
  const [dismissed, setDismissed] = createSignal<Dismissal | null>(null);
  createEffect(
    on(
      () => props.session,
      () => {
        setOpen(false);
        setDismissed(null);
      },
      { defer: true },
    ),
  );
  const problems = createMemo(() => [
    ...new Set((props.session?.projection.problems() ?? []).map((problem) => t(problem))),
  ]);
  const warnings = createMemo(() => (props.session ? peerWarningsOf(props.session.doc) : null));
  const latest = () => warnings()?.list().at(-1)?.seq ?? 0;
  const records = () =>
    new Set(problems().map(recordOf)).size + (warnings()?.totals()['set-aside'] ?? 0);
  const updates = () => warnings()?.totals().refused ?? 0;
  const sentences = () => [
    ...new Set([...problems(), ...(warnings()?.list() ?? []).map((w) => w.text)]),
  ];
  const visible = () => {
    if (records() + updates() === 0) return false;
    const before = dismissed();
    return !before || latest() > before.seq || problems().some((p) => !before.problems.has(p));
  };
  return (
    <Show when={visible()}>
      <div class="banner problems" role="status" data-testid="problems.banner">
        <div class="problems-row">
          <span>{problemsHeadline(records(), updates())}</span>
          <button
            data-testid="problems.details"
            aria-expanded={open()}
            onClick={() => setOpen(!open())}
          >
            {open() ? 'Hide details' : 'Details'}
          </button>
          <button
            data-testid="problems.dismiss"
            onClick={() => setDismissed({ problems: new Set(problems()), seq: latest() })}
          >
            Dismiss
          </button>
        </div>
        <Show when={open()}>
          <ul data-testid="problems.list">
            <For each={sentences()}>{(sentence) => <li>{sentence}</li>}</For>
          </ul>
        </Show>
      </div>
    </Show>
  );
}
