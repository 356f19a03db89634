// Who is online in a shared workspace: each tab's name, colour and selection travel in the
// transport's awareness (y-protocols), never in the document. What other peers announce is
// hostile input like any other: it is read through readPresence, which keeps only a short name,
// a colour and well-formed ids.
import type { Awareness } from 'y-protocols/awareness';
import { message, translate, type Locale, type Message } from '../i18n';
import { idKind } from '../model';
import type { Identity, PeerPresence } from '../app/sharingApi';

export const MAX_PRESENCE_NAME = 60;
/** A peer's selection shown on the graph; past this it is cut (a select-all is not a mark). */
export const MAX_PRESENCE_SELECTION = 500;
const COLOUR = /^#[0-9a-fA-F]{6}$/;
const FALLBACK_COLOUR = '#64748b';

/** The palette new identities pick from: distinct, and legible as an outline on white. */
export const PRESENCE_COLOURS = [
  '#e11d48',
  '#7c3aed',
  '#0891b2',
  '#16a34a',
  '#ea580c',
  '#db2777',
  '#2563eb',
  '#ca8a04',
];

/** Checks a name and colour the user typed; answers the cleaned identity or what is wrong. */
export function checkIdentity(identity: Identity): { ok: true; value: Identity } | Message {
  const name = identity.name.replace(/\s+/g, ' ').trim();
  if (name === '') return message('sharing.presence.nameEmpty');
  if (name.length > MAX_PRESENCE_NAME)
    return message('sharing.presence.nameLong', { max: MAX_PRESENCE_NAME });
  if (!COLOUR.test(identity.colour)) return message('sharing.presence.colour');
  return { ok: true, value: { name, colour: identity.colour.toLowerCase() } };
}

/**
 * A fresh identity for a browser that has none: "Analyst" and four letters, a palette colour.
 * The name is data from then on (saved, sent to the others, edited by the user): it is written
 * once, in the language the reader uses when it is made, and not translated afterwards.
 */
export function randomIdentity(locale: Locale = 'en'): Identity {
  const bytes = crypto.getRandomValues(new Uint8Array(3));
  const tag = Array.from(bytes.slice(0, 2), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return {
    name: translate(locale, 'sharing.presence.defaultName', { tag }),
    colour: PRESENCE_COLOURS[bytes[2] % PRESENCE_COLOURS.length],
  };
}

/** The part of an awareness state Concord writes. */
export interface PresenceState {
  user: Identity;
  selection: string[];
}

/**
 * Reads one peer's awareness state; null when it is not a Concord presence at all. A name that is
 * only spaces comes back as '': the UI says "Unnamed" in the reader's language.
 */
export function readPresence(state: unknown): Omit<PeerPresence, 'clientId' | 'self'> | null {
  if (!state || typeof state !== 'object') return null;
  const { user, selection } = state as Partial<Record<keyof PresenceState, unknown>>;
  if (!user || typeof user !== 'object') return null;
  const { name, colour } = user as Partial<Record<keyof Identity, unknown>>;
  if (typeof name !== 'string') return null;
  const cleanName = name.replace(/\s+/g, ' ').trim().slice(0, MAX_PRESENCE_NAME);
  const ids = Array.isArray(selection)
    ? selection
        .slice(0, MAX_PRESENCE_SELECTION)
        .filter((id): id is string => typeof id === 'string' && idKind(id) !== null)
    : [];
  return {
    name: cleanName,
    colour:
      typeof colour === 'string' && COLOUR.test(colour) ? colour.toLowerCase() : FALLBACK_COLOUR,
    selection: ids,
  };
}

/** Everyone in an awareness, this tab first, then by name. */
export function listPresence(awareness: Awareness): PeerPresence[] {
  const peers: PeerPresence[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const read = readPresence(state);
    if (read) peers.push({ ...read, clientId, self: clientId === awareness.clientID });
  });
  return peers.sort(
    (a, b) =>
      Number(b.self) - Number(a.self) || a.name.localeCompare(b.name) || a.clientId - b.clientId,
  );
}

/** Element id → the colour of a peer who selected it (the first such peer). */
export function peerMarks(peers: readonly PeerPresence[]): Record<string, string> {
  const marks: Record<string, string> = {};
  for (const peer of peers) {
    if (peer.self) continue;
    for (const id of peer.selection) marks[id] ??= peer.colour;
  }
  return marks;
}
