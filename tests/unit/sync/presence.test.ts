// Presence is hostile input too: only a short name, a colour and well-formed ids are kept.
import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { translate, type Message } from '../../../src/i18n';
import {
  checkIdentity,
  listPresence,
  MAX_PRESENCE_NAME,
  MAX_PRESENCE_SELECTION,
  peerMarks,
  randomIdentity,
  readPresence,
} from '../../../src/sync/presence';

describe('readPresence', () => {
  it('keeps a Concord presence', () => {
    expect(
      readPresence({
        user: { name: '  Trần  Thị B ', colour: '#E11D48' },
        selection: ['person:abcdefgh1234'],
      }),
    ).toEqual({ name: 'Trần Thị B', colour: '#e11d48', selection: ['person:abcdefgh1234'] });
  });

  it('refuses what is not a presence and cleans what is odd', () => {
    expect(readPresence(null)).toBeNull();
    expect(readPresence('text')).toBeNull();
    expect(readPresence({ user: { name: 7 } })).toBeNull();
    const odd = readPresence({
      user: { name: 'x'.repeat(10_000), colour: 'red; background:url(javascript:1)' },
      selection: ['person:abcdefgh1234', '<img src=x>', 42, 'rel:zzzzzzzz'],
    });
    expect(odd?.name).toHaveLength(MAX_PRESENCE_NAME);
    expect(odd?.colour).toBe('#64748b');
    expect(odd?.selection).toEqual(['person:abcdefgh1234', 'rel:zzzzzzzz']);
    const many = readPresence({
      user: { name: 'A', colour: '#000000' },
      selection: Array.from(
        { length: 5000 },
        (_, i) => `person:abcdefgh${String(i).padStart(4, '0')}`,
      ),
    });
    expect(many?.selection).toHaveLength(MAX_PRESENCE_SELECTION);
  });
});

describe('identity', () => {
  it('checks what the user types', () => {
    expect(checkIdentity({ name: '  Lan ', colour: '#112233' })).toEqual({
      ok: true,
      value: { name: 'Lan', colour: '#112233' },
    });
    const refusal = (name: string, colour: string) =>
      translate('en', checkIdentity({ name, colour }) as Message);
    expect(refusal('   ', '#112233')).toMatch(/cannot be empty/);
    expect(refusal('Lan', 'blue')).toMatch(/colour/);
    expect(refusal('x'.repeat(MAX_PRESENCE_NAME + 1), '#112233')).toBe('At most 60 characters.');
  });

  it('makes a usable fresh identity, named in the language of the day it is made', () => {
    const fresh = randomIdentity();
    expect(checkIdentity(fresh)).toEqual({ ok: true, value: fresh });
    expect(fresh.name).toMatch(/^Analyst [0-9A-F]{4}$/);
    const vietnamese = randomIdentity('vi');
    expect(checkIdentity(vietnamese)).toEqual({ ok: true, value: vietnamese });
    expect(vietnamese.name).toMatch(/^Chuyên viên [0-9A-F]{4}$/);
  });

  it('reads a blank name as none, for the UI to say "Unnamed" in its language', () => {
    expect(readPresence({ user: { name: ' \n ', colour: '#112233' } })?.name).toBe('');
  });
});

describe('listPresence and peerMarks', () => {
  it('lists this tab first and marks only the others’ selections', () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    awareness.setLocalState({
      user: { name: 'Me', colour: '#111111' },
      selection: ['org:aaaaaaaa'],
    });
    awareness.states.set(99, {
      user: { name: 'Anh', colour: '#222222' },
      selection: ['org:bbbbbbbb'],
    });
    awareness.states.set(98, { cursor: 'not concord' });
    const peers = listPresence(awareness);
    expect(peers.map((p) => [p.name, p.self])).toEqual([
      ['Me', true],
      ['Anh', false],
    ]);
    expect(peerMarks(peers)).toEqual({ 'org:bbbbbbbb': '#222222' });
    awareness.destroy();
  });
});
