// The problems banner as a user meets it: absent for a healthy workspace, a count of records and
// updates set aside, details as text (a peer's markup stays text), dismissed until something new.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'solid-js/web';
import * as Y from 'yjs';
import type { WorkspaceSession } from '../../../src/app/workspaceSession';
import { translate } from '../../../src/i18n';
import { createProjection, getRoots } from '../../../src/store';
import { applyPeerUpdate } from '../../../src/sync';
import { problemsHeadline, ProblemsBanner, recordOf } from '../../../src/ui/ProblemsBanner';
import { docFrom, PEER, sampleState } from '../sync/helpers';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function mount() {
  const doc = docFrom(sampleState());
  const projection = createProjection(doc);
  const session = { id: 'ws:test0000', doc, projection } as unknown as WorkspaceSession;
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(() => <ProblemsBanner session={session} />, root);
  /** Sends what a peer writes with `fn`. */
  const peerWrites = (fn: (peer: Y.Doc) => void) => {
    const peer = docFrom(Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(peer);
    fn(peer);
    return applyPeerUpdate(doc, Y.encodeStateAsUpdate(peer, before), PEER);
  };
  const byId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { doc, root, peerWrites, byId };
}

describe('ProblemsBanner', () => {
  it('says nothing for a healthy workspace', () => {
    const { byId } = mount();
    expect(byId('problems.banner')).toBeNull();
  });

  it('counts records set aside and updates refused, and lists the sentences as text', () => {
    const { doc, root, peerWrites, byId } = mount();
    peerWrites((peer) => {
      getRoots(peer).entities.set('person:hostile001', new Y.Map([['name', 7]]));
      getRoots(peer).entities.set('<img src=x onerror=alert(1)>', new Y.Map());
    });
    applyPeerUpdate(doc, new Uint8Array([1, 2, 3]), PEER);
    expect(byId('problems.banner')?.textContent).toContain(
      'Some data from another copy was set aside: 2 records and 1 update could not be read.',
    );
    expect(byId('problems.list')).toBeNull();
    byId('problems.details')!.click();
    const items = [...byId('problems.list')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Dropped person:hostile001: its name is missing, empty or too long.',
      'Dropped a record with a malformed id "<img src=x onerror=alert(1)>".',
      expect.stringMatching(/^Refused an update from another copy: it could not be decoded/),
    ]);
    expect(root.querySelector('img')).toBeNull();
  });

  it('stays dismissed until something new is set aside', () => {
    const { peerWrites, byId } = mount();
    const breakOne = (id: string) =>
      peerWrites((peer) => getRoots(peer).entities.set(id, new Y.Map([['name', '']])));
    breakOne('person:hostile001');
    byId('problems.dismiss')!.click();
    expect(byId('problems.banner')).toBeNull();
    breakOne('person:hostile001');
    expect(byId('problems.banner')).toBeNull();
    breakOne('person:hostile002');
    expect(byId('problems.banner')?.textContent).toContain('2 records could not be read.');
  });
});

describe('recordOf and problemsHeadline', () => {
  it('counts the sentences about one record once', () => {
    expect(recordOf('Reset the field "titles" of person:abcdefgh1: it had the wrong type.')).toBe(
      'person:abcdefgh1',
    );
    expect(recordOf('Dropped malformed provenance of rel:abcdefgh1.')).toBe('rel:abcdefgh1');
    expect(recordOf('Dropped a record with a malformed id "person:X".')).toBe(
      'Dropped a record with a malformed id "person:X".',
    );
    expect(translate('en', problemsHeadline(1, 0))).toBe(
      'Some data from another copy was set aside: 1 record could not be read.',
    );
    expect(translate('en', problemsHeadline(0, 2))).toBe(
      'Some data from another copy was set aside: 2 updates could not be read.',
    );
    expect(translate('vi', problemsHeadline(2, 1))).toBe(
      'Đã để riêng một số dữ liệu từ bản sao khác: không đọc được 2 bản ghi và 1 bản cập nhật.',
    );
  });
});
