// Instant search over names and aliases (diacritics optional): arrow keys choose, Enter focuses
// the entity on the graph. Ctrl+K or "/" jumps here from anywhere.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { ENTITY_LOOK } from '../graph/style';
import { t } from '../i18n';
import type { SearchIndex } from '../model';

const MAX_RESULTS = 12;

export function SearchBox(props: {
  index: SearchIndex | null;
  onPick(id: string): void;
  ref?: (el: HTMLInputElement) => void;
}) {
  const [query, setQuery] = createSignal('');
  const [active, setActive] = createSignal(0);
  const [open, setOpen] = createSignal(false);
  // The list closes a moment after the box loses focus, so a click on a result lands first.
  let closing: ReturnType<typeof setTimeout> | undefined;
  const results = createMemo(() =>
    props.index && query().trim() ? props.index.search(query(), MAX_RESULTS) : [],
  );
  const listed = () => open() && results().length > 0;
  const pick = (id: string | undefined, input: HTMLInputElement) => {
    if (!id) return;
    props.onPick(id);
    setOpen(false);
    input.blur();
  };
  const onKeyDown = (event: KeyboardEvent & { currentTarget: HTMLInputElement }) => {
    const count = results().length;
    if (event.key === 'ArrowDown') setActive((active() + 1) % Math.max(count, 1));
    else if (event.key === 'ArrowUp') setActive((active() - 1 + count) % Math.max(count, 1));
    else if (event.key === 'Enter') pick(results()[active()]?.id, event.currentTarget);
    else if (event.key === 'Escape') {
      setQuery('');
      event.currentTarget.blur();
    } else return;
    event.preventDefault();
  };
  return (
    <div class="search" role="search">
      <input
        ref={props.ref}
        type="search"
        data-testid="search.input"
        placeholder={t('app.search.placeholder')}
        aria-label={t('app.search.label')}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={listed()}
        // Only while the list exists: an id that points at nothing is an error to assistive tech.
        aria-controls={listed() ? 'search-results' : undefined}
        aria-activedescendant={results()[active()] ? `search-${active()}` : undefined}
        value={query()}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          // Back before the blur's close ran (leave, then "/" at once): that close is stale.
          clearTimeout(closing);
          setOpen(true);
        }}
        onBlur={() => (closing = setTimeout(() => setOpen(false), 150))}
        onKeyDown={onKeyDown}
      />
      <Show when={open() && query().trim()}>
        <div class="search-results" data-testid="search.results">
          <Show when={results().length === 0}>
            <div class="muted search-empty" role="status">
              {t('app.search.noMatch', { query: query() })}
            </div>
          </Show>
          <div
            id="search-results"
            role="listbox"
            aria-label={t('app.search.results')}
            hidden={!listed()}
          >
            <For each={results()}>
              {(hit, i) => (
                <button
                  type="button"
                  role="option"
                  id={`search-${i()}`}
                  aria-selected={i() === active()}
                  classList={{ active: i() === active() }}
                  data-testid="search.result"
                  data-entity-id={hit.id}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={(e) =>
                    pick(hit.id, e.currentTarget.closest('.search')!.querySelector('input')!)
                  }
                >
                  <span class="swatch" style={{ background: ENTITY_LOOK[hit.type].colour }} />
                  <span class="name">{hit.name}</span>
                  <Show when={hit.matched !== hit.name}>
                    <span class="muted">· {hit.matched}</span>
                  </Show>
                </button>
              )}
            </For>
          </div>
        </div>
      </Show>
    </div>
  );
}
