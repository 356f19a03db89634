// The bar above the graph: one removable chip per active filter, what is hidden, and Clear all.
// Shown whenever something is filtered or a large workspace is drawn as an overview, so a user
// never wonders why an entity is missing, nor how to bring it back.
import { For, Show } from 'solid-js';
import { filterChips, NO_FILTERS, type ViewFilters, type Visibility } from '../view';

const count = (n: number) => n.toLocaleString('en-GB');

export function FilterChips(props: {
  filters: ViewFilters;
  visibility: Visibility | null;
  total: number;
  /** Larger than the drawing budget and drawn whole: the user chose "Show everything". */
  showingAll: boolean;
  names(id: string): string;
  onChange(filters: ViewFilters): void;
  onShowAll(on: boolean): void;
}) {
  const chips = () => filterChips(props.filters, props.names);
  const overview = () => props.visibility?.overview ?? null;
  return (
    <Show when={chips().length > 0 || overview() || props.showingAll}>
      <div class="chips" data-testid="filters.chips" aria-label="Active filters">
        <span class="chips-summary" data-testid="filters.summary">
          Showing {count(props.visibility?.entities.size ?? props.total)} of {count(props.total)}
        </span>
        <Show when={overview()}>
          {(cut) => (
            <span
              class="chip overview"
              data-testid="filters.overview"
              title="A large workspace opens on its most connected entities. Search, filters, focus and expand (double-click a node) bring in the rest."
            >
              <span class="chip-label">
                Overview: {count(cut().shown)} most connected of {count(cut().of)}
              </span>
              <button
                class="link"
                data-testid="filters.show-all"
                onClick={() => props.onShowAll(true)}
              >
                Show everything
              </button>
            </span>
          )}
        </Show>
        <Show when={overview()}>
          <span class="chips-hint">
            Search, filters, focus or a double-click on a node bring in the rest.
          </span>
        </Show>
        <Show when={props.showingAll}>
          <span class="chip" data-testid="filters.chip" data-key="show-all">
            <span class="chip-label">Everything drawn</span>
            <button
              class="chip-remove"
              data-testid="filters.overview-back"
              title="Back to the overview"
              aria-label="Back to the overview"
              onClick={() => props.onShowAll(false)}
            >
              ×
            </button>
          </span>
        </Show>
        <For each={chips()}>
          {(chip) => (
            <span class="chip" data-testid="filters.chip" data-key={chip.key} title={chip.label}>
              <span class="chip-label">{chip.label}</span>
              <button
                class="chip-remove"
                data-testid="filters.chip.remove"
                title={`Remove “${chip.label}”`}
                aria-label={`Remove filter ${chip.label}`}
                onClick={() => props.onChange(chip.remove(props.filters))}
              >
                ×
              </button>
            </span>
          )}
        </For>
        <Show when={chips().length > 0}>
          <button
            class="link"
            data-testid="filters.clear"
            onClick={() => props.onChange(NO_FILTERS)}
          >
            Clear all
          </button>
        </Show>
      </div>
    </Show>
  );
}
