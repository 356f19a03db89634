// An article's text with spans marked: every candidate's evidence lightly, the focused one strongly.
import { createMemo, For, type JSX } from 'solid-js';
import { t } from '../i18n';
import type { Span } from '../model';

interface Segment {
  start: number;
  end: number;
  marked: boolean;
  focused: boolean;
}

/** Cuts the text at every span boundary; each piece knows whether a span or a focused span covers it. */
export function segmentText(length: number, spans: Span[], focused: Span[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const s of [...spans, ...focused]) {
    cuts.add(Math.max(0, Math.min(length, s.start)));
    cuts.add(Math.max(0, Math.min(length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const covers = (list: Span[], start: number, end: number) =>
    list.some((s) => s.start <= start && s.end >= end);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    segments.push({
      start,
      end,
      marked: covers(spans, start, end),
      focused: covers(focused, start, end),
    });
  }
  return segments;
}

export function ArticleText(props: {
  text: string;
  spans: Span[];
  focused: Span[];
  testId?: string;
  label?: string;
}): JSX.Element {
  const segments = createMemo(() => segmentText(props.text.length, props.spans, props.focused));
  return (
    // Focusable, so that a keyboard user can scroll a long article too. translate="no": the
    // article is the user's source, never to be rewritten by a browser's page translation.
    <div
      class="article-text"
      translate="no"
      data-testid={props.testId}
      tabIndex={0}
      role="region"
      aria-label={props.label ?? t('entities.article.label')}
    >
      <For each={segments()}>
        {(segment) => {
          const piece = props.text.slice(segment.start, segment.end);
          if (!segment.marked && !segment.focused) return piece;
          return (
            <mark
              classList={{ focus: segment.focused }}
              ref={(el) =>
                segment.focused && queueMicrotask(() => el.scrollIntoView?.({ block: 'center' }))
              }
            >
              {piece}
            </mark>
          );
        }}
      </For>
    </div>
  );
}
