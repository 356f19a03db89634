// Says that data from another copy was set aside: records the projection could not read, updates
// applyPeerUpdate refused, positions or metadata it let go. Details lists the sentences, as text
// (they quote ids and reasons a peer chose). Dismissed, it stays away until something new comes.
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import type { WorkspaceSession } from '../app/workspaceSession';
import { message, t, textOf, translate, type Message, type Text } from '../i18n';
import { peerWarningsOf } from '../sync';

const RECORD_ID = /(?:^|\s)((?:person|org|agreement|theme|source|rel):[a-z0-9]{8,32})(?=[\s:.]|$)/;

/** One problem, the same in any language: the sentence, or the message as data. */
const sameness = (problem: Text) =>
  typeof problem === 'string' ? problem : JSON.stringify(problem);

/**
 * The record a problem is about; a problem without a well-formed id stands alone. A problem given
 * as a message is read in English, whose sentences name the record the same way.
 */
export function recordOf(problem: Text): string {
  const sentence = typeof problem === 'string' ? problem : translate('en', problem);
  return RECORD_ID.exec(sentence)?.[1] ?? sameness(problem);
}

export function problemsHeadline(records: number, updates: number): Message {
  const recordCount = message('app.problems.records', { count: records });
  const updateCount = message('app.problems.updates', { count: updates });
  const what =
    records > 0 && updates > 0
      ? message('app.problems.both', { records: recordCount, updates: updateCount })
      : records > 0
        ? recordCount
        : updateCount;
  return message('app.problems.headline', { what });
}

/** Each problem once, in the order first seen. */
function distinct(problems: readonly Text[]): Text[] {
  const seen = new Map<string, Text>();
  for (const problem of problems)
    if (!seen.has(sameness(problem))) seen.set(sameness(problem), problem);
  return [...seen.values()];
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
  const problems = createMemo(() => distinct(props.session?.projection.problems() ?? []));
  const warnings = createMemo(() => (props.session ? peerWarningsOf(props.session.doc) : null));
  const latest = () => warnings()?.list().at(-1)?.seq ?? 0;
  const records = () =>
    new Set(problems().map(recordOf)).size + (warnings()?.totals()['set-aside'] ?? 0);
  const updates = () => warnings()?.totals().refused ?? 0;
  const sentences = () =>
    distinct([...problems(), ...(warnings()?.list() ?? []).map((w): Text => w.message)]);
  const visible = () => {
    if (records() + updates() === 0) return false;
    const before = dismissed();
    return (
      !before || latest() > before.seq || problems().some((p) => !before.problems.has(sameness(p)))
    );
  };
  return (
    <Show when={visible()}>
      <div class="banner problems" role="status" data-testid="problems.banner">
        <div class="problems-row">
          <span>{t(problemsHeadline(records(), updates()))}</span>
          <button
            data-testid="problems.details"
            aria-expanded={open()}
            onClick={() => setOpen(!open())}
          >
            {open() ? t('app.problems.hideDetails') : t('app.problems.details')}
          </button>
          <button
            data-testid="problems.dismiss"
            onClick={() =>
              setDismissed({ problems: new Set(problems().map(sameness)), seq: latest() })
            }
          >
            {t('common.dismiss')}
          </button>
        </div>
        <Show when={open()}>
          <ul data-testid="problems.list">
            <For each={sentences()}>{(sentence) => <li>{textOf(sentence)}</li>}</For>
          </ul>
        </Show>
      </div>
    </Show>
  );
}
