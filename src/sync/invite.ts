// Invites and room names. An invite is hostile input until checked: every field is read against
// the rules below, which the transport settings form shares, and unknown keys are dropped. The
// secret travels in a URL fragment, which browsers never send to a server.
import { idKind, MAX_NAME_LENGTH } from '../model';
import type { IceServer, Invite, TransportKind, TransportSettings } from './shareTypes';

/** 128 bits in base64url. */
export const MIN_SECRET_CHARS = 22;
export const MAX_SECRET_CHARS = 128;
export const MAX_INVITE_CODE_CHARS = 16 * 1024;
export const MAX_SERVERS = 8;
export const MAX_SERVER_URL_CHARS = 512;
export const MAX_ICE_URLS = 4;
export const MAX_CREDENTIAL_CHARS = 256;

const PREFIX = 'concord1.';
const JOIN = '#join=';
const SECRET = /^[A-Za-z0-9_-]+$/;
const ICE_URL = /^(stun|turns?):\S+$/;
const NOT_AN_INVITE = 'This is not a Concord invite.';
const ALTERED = 'This invite is cut short or altered';

/**
 * The servers `npm run signal` and `npm run relay` start: nothing leaves this machine unless the
 * user names other servers. Shared by every caller: copy it before changing it.
 */
export const DEFAULT_TRANSPORT: TransportSettings = {
  kind: 'webrtc',
  signaling: ['ws://127.0.0.1:4444'],
  iceServers: [],
  relayUrl: 'ws://127.0.0.1:1234',
  relayToken: '',
};

/** 256 random bits, base64url without padding (43 characters). */
export function createSecret(): string {
  return toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}

/** The same invite always gives the same code: keys in a fixed order, nothing random. */
export function encodeInviteCode(invite: Invite): string {
  const { transport: t } = invite;
  const compact = {
    w: invite.workspaceId,
    n: invite.workspaceName,
    s: invite.secret,
    k: t.kind,
    g: t.signaling,
    i: t.iceServers.map(copyIceServer),
    r: t.relayUrl,
    a: t.relayToken,
  };
  return PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(compact)));
}

export type ParsedInvite = { ok: true; invite: Invite } | { ok: false; reason: string };

/** Reads a code or a whole link, as pasted from anywhere (spaces and line breaks ignored). */
export function parseInvite(text: string): ParsedInvite {
  if (typeof text !== 'string') return { ok: false, reason: NOT_AN_INVITE };
  // Bounded before any work: whitespace may pad a code, not by megabytes.
  if (text.length > 4 * MAX_INVITE_CODE_CHARS) return refuseTooLong();
  const join = text.indexOf(JOIN);
  const code = unwrap(join >= 0 ? text.slice(join + JOIN.length) : text);
  if (code.length > MAX_INVITE_CODE_CHARS) return refuseTooLong();
  if (!code.startsWith(PREFIX)) {
    return /^concord\d+\./.test(code)
      ? { ok: false, reason: 'This invite was made by a newer Concord: update Concord to join.' }
      : { ok: false, reason: NOT_AN_INVITE };
  }
  const json = decodeJson(code.slice(PREFIX.length));
  if (typeof json === 'string') return altered(json);
  const read = readInvite(json);
  return typeof read === 'string' ? altered(read) : { ok: true, invite: read };
}

/**
 * The code without the spaces and line breaks of a chat message, nor the quotes, brackets and
 * full stop around it: a code starts with a letter and ends with a base64url character.
 */
function unwrap(text: string): string {
  const code = text.replace(/\s+/g, '').replace(/^[<("'“‘[]+/, '');
  return code.length > PREFIX.length ? code.replace(/[>)"'”’\].,;!]+$/, '') : code;
}

const altered = (problem: string): ParsedInvite => ({
  ok: false,
  reason: `${ALTERED}: ${problem}.`,
});

const refuseTooLong = (): ParsedInvite => ({
  ok: false,
  reason: `This text is too long to be a Concord invite (at most ${MAX_INVITE_CODE_CHARS / 1024} KB).`,
});

/** The JSON value a code's body holds, or what is wrong with it. */
function decodeJson(body: string): unknown {
  if (body === '') return `nothing follows “${PREFIX}”`;
  const bytes = fromBase64Url(body);
  if (!bytes) return 'it holds characters an invite never has';
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'it does not decode as text';
  }
  try {
    const value: unknown = JSON.parse(json);
    return isRecord(value) ? value : 'it does not hold an invite';
  } catch {
    return 'it does not read to the end';
  }
}

/** The invite in a decoded code, or the first problem found. */
function readInvite(raw: unknown): Invite | string {
  if (!isRecord(raw)) return 'it does not hold an invite';
  const { w, n, s } = raw;
  if (typeof w !== 'string' || idKind(w) !== 'ws') return 'its workspace id is not valid';
  const name = typeof n === 'string' ? n.trim() : '';
  if (name.length === 0 || name.length > MAX_NAME_LENGTH)
    return `its workspace name is not a name of 1 to ${MAX_NAME_LENGTH} characters`;
  const secretProblem = checkSecret(s);
  if (secretProblem) return secretProblem;
  const { transport, problems } = readTransport({
    kind: raw.k,
    signaling: raw.g,
    iceServers: raw.i,
    relayUrl: raw.r,
    relayToken: raw.a,
  });
  if (!transport) return asClause(Object.values(problems)[0] ?? 'its servers are not valid');
  return { workspaceId: w, workspaceName: name, secret: s as string, transport };
}

function checkSecret(secret: unknown): string | null {
  if (typeof secret !== 'string' || !SECRET.test(secret)) return 'its secret is missing or altered';
  if (secret.length < MIN_SECRET_CHARS) return 'its secret is too short to keep anyone out';
  if (secret.length > MAX_SECRET_CHARS) return 'its secret is longer than any Concord makes';
  return null;
}

/** `appUrl` without its fragment, then the code in a fragment that no server receives. */
export function inviteLink(appUrl: string, invite: Invite): string {
  const hash = appUrl.indexOf('#');
  return `${hash >= 0 ? appUrl.slice(0, hash) : appUrl}${JOIN}${encodeInviteCode(invite)}`;
}

/** The code in `location.hash` when it is `#join=<code>`, else null. */
export function inviteCodeFromHash(hash: string): string | null {
  if (typeof hash !== 'string' || !hash.startsWith(JOIN)) return null;
  const code = hash.slice(JOIN.length);
  return code.length > 0 ? code : null;
}

/**
 * The only name the signaling server and the relay see: derived from the secret, one way, so
 * it names neither the workspace nor its id and cannot be turned back into the secret.
 */
export async function roomNameFor(secret: string): Promise<string> {
  const input = new TextEncoder().encode(`concord/room/v1\n${secret}`);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', input));
  return `concord-${Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

export type TransportField = 'kind' | 'signaling' | 'iceServers' | 'relayUrl' | 'relayToken';

/** The settings form's errors, one sentence per field; empty when the settings can be used. */
export function checkTransport(settings: TransportSettings): Record<string, string> {
  return { ...readTransport(settings).problems };
}

/** Server addresses typed one a line or separated by commas. */
export function parseServerList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export type ParsedIceServers = { ok: true; servers: IceServer[] } | { ok: false; reason: string };

/** ICE servers as a JSON array of RTCIceServer objects, or STUN addresses one a line. */
export function parseIceServers(text: string): ParsedIceServers {
  const trimmed = text.trim();
  let raw: unknown;
  if (/^[[{]/.test(trimmed)) {
    try {
      raw = JSON.parse(trimmed);
    } catch {
      return { ok: false, reason: 'The ICE servers read as JSON but it is not complete JSON.' };
    }
    if (isRecord(raw)) raw = [raw];
  } else {
    raw = parseServerList(trimmed).map((urls) => ({ urls }));
  }
  const servers = readIceServers(raw);
  return servers.ok ? { ok: true, servers: servers.value } : { ok: false, reason: servers.problem };
}

/** Text parseIceServers reads back to the same servers: bare addresses when that is enough. */
export function formatIceServers(servers: IceServer[]): string {
  const bare = servers.every(
    (server) =>
      typeof server.urls === 'string' &&
      server.username === undefined &&
      server.credential === undefined,
  );
  if (bare) return servers.map((server) => server.urls).join('\n');
  return JSON.stringify(servers.map(copyIceServer), null, 2);
}

type Read<T> = { ok: true; value: T } | { ok: false; problem: string };
const good = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(problem: string): Read<T> => ({ ok: false, problem });

/** Settings read field by field; each problem a sentence for the field's form control. */
function readTransport(raw: Partial<Record<TransportField, unknown>>): {
  transport: TransportSettings | null;
  problems: Partial<Record<TransportField, string>>;
} {
  const problems: Partial<Record<TransportField, string>> = {};
  const kind = raw.kind === 'webrtc' || raw.kind === 'relay' ? (raw.kind as TransportKind) : null;
  if (!kind) problems.kind = 'The connection must be WebRTC or a relay.';
  const signaling = readSignaling(raw.signaling);
  if (!signaling.ok) problems.signaling = signaling.problem;
  else if (kind === 'webrtc' && signaling.value.length === 0)
    problems.signaling = 'Give at least one signaling server (ws:// or wss://).';
  const iceServers = readIceServers(raw.iceServers);
  if (!iceServers.ok) problems.iceServers = iceServers.problem;
  const relayUrl = raw.relayUrl === '' ? good('') : readUrl(raw.relayUrl, 'The relay');
  if (!relayUrl.ok) problems.relayUrl = relayUrl.problem;
  else if (kind === 'relay' && relayUrl.value === '')
    problems.relayUrl = 'Give the relay’s address (ws:// or wss://).';
  const relayToken =
    typeof raw.relayToken === 'string' && raw.relayToken.length <= MAX_CREDENTIAL_CHARS
      ? good(raw.relayToken)
      : bad<string>(`The relay token must be text of at most ${MAX_CREDENTIAL_CHARS} characters.`);
  if (!relayToken.ok) problems.relayToken = relayToken.problem;
  if (!kind || !signaling.ok || !iceServers.ok || !relayUrl.ok || !relayToken.ok)
    return { transport: null, problems };
  if (Object.keys(problems).length > 0) return { transport: null, problems };
  const transport: TransportSettings = {
    kind,
    signaling: signaling.value,
    iceServers: iceServers.value,
    relayUrl: relayUrl.value,
    relayToken: relayToken.value,
  };
  return { transport, problems };
}

function readSignaling(raw: unknown): Read<string[]> {
  if (!Array.isArray(raw)) return bad('The signaling servers must be a list of addresses.');
  if (raw.length > MAX_SERVERS)
    return bad(`Give at most ${MAX_SERVERS} signaling servers; there are ${raw.length}.`);
  const urls: string[] = [];
  for (const item of raw) {
    const url = readUrl(item, 'A signaling server');
    if (!url.ok) return url;
    urls.push(url.value);
  }
  return good(urls);
}

/** A ws:// or wss:// address: http:, javascript: and anything else a browser would open are out. */
function readUrl(raw: unknown, what: string): Read<string> {
  if (typeof raw !== 'string' || raw.trim() === '') return bad(`${what} address is empty.`);
  if (raw.length > MAX_SERVER_URL_CHARS)
    return bad(`${what} address is longer than ${MAX_SERVER_URL_CHARS} characters.`);
  let protocol: string;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    return bad(`${what} address “${shorten(raw)}” is not an address.`);
  }
  if (protocol !== 'ws:' && protocol !== 'wss:')
    return bad(`${what} address must start with ws:// or wss://; “${shorten(raw)}” does not.`);
  return good(raw);
}

function readIceServers(raw: unknown): Read<IceServer[]> {
  if (!Array.isArray(raw)) return bad('The ICE servers must be a list.');
  if (raw.length > MAX_SERVERS)
    return bad(`Give at most ${MAX_SERVERS} ICE servers; there are ${raw.length}.`);
  const servers: IceServer[] = [];
  for (const item of raw) {
    const server = readIceServer(item);
    if (!server.ok) return server;
    servers.push(server.value);
  }
  return good(servers);
}

function readIceServer(raw: unknown): Read<IceServer> {
  if (!isRecord(raw)) return bad('Each ICE server must be an object with its “urls”.');
  const { urls, username, credential } = raw;
  const list: unknown = typeof urls === 'string' ? [urls] : urls;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_ICE_URLS)
    return bad(`An ICE server’s “urls” must be one address or a list of 1 to ${MAX_ICE_URLS}.`);
  for (const url of list) {
    if (typeof url !== 'string' || url.length > MAX_SERVER_URL_CHARS || !ICE_URL.test(url))
      return bad(
        `An ICE server address must start with stun:, turn: or turns:; “${shorten(String(url))}” does not.`,
      );
  }
  for (const text of [username, credential]) {
    if (text !== undefined && (typeof text !== 'string' || text.length > MAX_CREDENTIAL_CHARS))
      return bad(
        `An ICE server’s username and credential must be text of at most ${MAX_CREDENTIAL_CHARS} characters.`,
      );
  }
  // The browser refuses a TURN server without both, and with it the whole connection.
  if ((list as string[]).some((url) => url.startsWith('turn')) && (!username || !credential))
    return bad('A TURN server needs a username and a credential (give it as JSON).');
  return good(
    copyIceServer({
      urls: typeof urls === 'string' ? urls : (list as string[]),
      username: username as string | undefined,
      credential: credential as string | undefined,
    }),
  );
}

/** Only the known keys, always in the same order. */
function copyIceServer({ urls, username, credential }: IceServer): IceServer {
  const server: IceServer = { urls: typeof urls === 'string' ? urls : [...urls] };
  if (username !== undefined) server.username = username;
  if (credential !== undefined) server.credential = credential;
  return server;
}

function toBase64Url(bytes: Uint8Array): string {
  // Invites and secrets are a few kilobytes at most: one string, no chunks needed.
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes, or null when the text is not unpadded base64url. */
function fromBase64Url(text: string): Uint8Array | null {
  if (!SECRET.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A form's sentence as the end of an invite's: "A signaling…does not." → "a signaling…does not". */
const asClause = (text: string) => text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
