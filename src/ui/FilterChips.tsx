// The bar above the graph: one removable chip per active filter, what is hidden, and Clear all.
// Shown whenever something is filtered, so a user never wonders why an entity is missing.
import { For, Show } from 'solid-js';
import { filterChips, NO_FILTERS, type ViewFilters, type Visibility } from '../view';

export function FilterChips(props: {
  filters: ViewFilters;
  visibility: Visibility | null;
  total: number;
  names(id: string): string;
  onChange(filters: ViewFilters): void;
}) {
  const chips = () => filterChips(props.filters, props.names);
  return (
    <Show when={chips().length > 0}>
      <div class="chips" data-testid="filters.chips" aria-label="Active filters">
        <span class="chips-summary" data-testid="filters.summary">
          Showing {props.visibility?.entities.size ?? props.total} of {props.total}
        </span>
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
        <button class="link" data-testid="filters.clear" onClick={() => props.onChange(NO_FILTERS)}>
          Clear all
        </button>
      </div>
    </Show>
  );
}
