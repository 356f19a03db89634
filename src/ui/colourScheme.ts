// The system's colour scheme as a signal: the stylesheet follows it through a media query, the
// graph canvas (drawn by Cytoscape, not by CSS) through this.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { GraphTheme } from '../graph/style';

const DARK = '(prefers-color-scheme: dark)';

export function createColourScheme(): Accessor<GraphTheme> {
  const query = typeof matchMedia === 'function' ? matchMedia(DARK) : null;
  const [scheme, setScheme] = createSignal<GraphTheme>(query?.matches ? 'dark' : 'light');
  const onChange = (event: MediaQueryListEvent) => setScheme(event.matches ? 'dark' : 'light');
  query?.addEventListener('change', onChange);
  onCleanup(() => query?.removeEventListener('change', onChange));
  return scheme;
}
