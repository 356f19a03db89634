// The composition root: creates the controller, renders the UI, and (in dev and test builds)
// exposes a read-only window.__concord so browser tests can check what the canvas draws.
import { render } from 'solid-js/web';
import { createAppController } from './app/appController';
import type { GraphAdapter } from './graph/adapter';
import { App } from './ui/App';
import './ui/app.css';

const app = createAppController();
let adapter: GraphAdapter | null = null;

render(() => <App app={app} onAdapter={(a) => (adapter = a)} />, document.getElementById('root')!);

void app.start().catch((error: unknown) => {
  const root = document.getElementById('root')!;
  root.textContent = `Concord could not open its storage: ${error instanceof Error ? error.message : String(error)}`;
});

// Closing the tab while a write is in flight or failing: ask the browser to confirm.
window.addEventListener('beforeunload', (event) => {
  if (app.saveStatus() === 'saving' || app.saveStatus() === 'error') event.preventDefault();
});

if (import.meta.env.DEV || import.meta.env.MODE === 'test') {
  const state = () => app.session()?.projection.state;
  // Plain copies: store proxies do not cross into the test driver.
  const copy = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  Object.assign(window, {
    __concord: {
      entities: () => Object.values(copy(state()?.entities ?? {})),
      relations: () => Object.values(copy(state()?.relations ?? {})),
      positions: () => copy(state()?.positions ?? {}),
      graph: () => adapter?.drawn() ?? { nodes: [], edges: [] },
      workspaces: () => app.workspaces(),
      saveStatus: () => app.saveStatus(),
      selection: () => app.selection(),
    },
  });
}
