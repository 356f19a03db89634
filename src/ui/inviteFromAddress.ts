// An invite link opened in this tab, or pasted into the address bar of an open one. The code is
// taken out of the URL at once, so the secret stays out of the history and of any later copy of
// the address, and handed over once the app is ready to join.
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import { inviteCodeFromHash } from '../sync/invite';

export function watchInviteInAddress(ready: Accessor<boolean>, open: (code: string) => void) {
  const [pending, setPending] = createSignal<string | null>(null);
  const take = () => {
    const code = inviteCodeFromHash(location.hash);
    if (code === null) return;
    history.replaceState(null, '', location.pathname + location.search);
    setPending(code);
  };
  createEffect(() => {
    const code = pending();
    if (code === null || !ready()) return;
    setPending(null);
    open(code);
  });
  take();
  window.addEventListener('hashchange', take);
  onCleanup(() => window.removeEventListener('hashchange', take));
}
