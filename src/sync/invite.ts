// Invites and room names. An invite is hostile input until checked: every field is read against
// the rules below, which the transport settings form shares, and unknown keys are dropped. The
// secret travels in a URL fragment, which browsers never send to a server.
import { message, type Message } from '../i18n';
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
const NOT_AN_INVITE = message('sharing.invite.notAnInvite');

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

export type ParsedInvite = { ok: true; invite: Invite } | { ok: false; reason: Message };

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
      ? { ok: false, reason: message('sharing.invite.newer') }
      : { ok: false, reason: NOT_AN_INVITE };
  }
  const json = decodeJson(code.slice(PREFIX.length));
  if (!json.ok) return altered(json);
  const read = readInvite(json.value);
  return read.ok ? { ok: true, invite: read.value } : altered(read);
}

/**
 * The code without the spaces and line breaks of a chat message, nor the quotes, brackets and
 * full stop around it: a code starts with a letter and ends with a base64url character.
 */
function unwrap(text: string): string {
  const code = text.replace(/\s+/g, '').replace(/^[<("'“‘[]+/, '');
  return code.length > PREFIX.length ? code.replace(/[>)"'”’\].,;!]+$/, '') : code;
}

/**
 * What a code holds, or what is wrong with it: a clause ("its secret is missing or altered"), or
 * one of the transport form's sentences, which ends with its own full stop.
 */
type Found<T> = { ok: true; value: T } | { ok: false; problem: Message; sentence?: boolean };
const clause = (problem: Message) => ({ ok: false, problem }) as const;

const altered = ({
  problem,
  sentence,
}: {
  problem: Message;
  sentence?: boolean;
}): ParsedInvite => ({
  ok: false,
  reason: message(sentence ? 'sharing.invite.alteredServers' : 'sharing.invite.altered', {
    problem,
  }),
});

const refuseTooLong = (): ParsedInvite => ({
  ok: false,
  reason: message('sharing.invite.tooLong', { size: MAX_INVITE_CODE_CHARS / 1024 }),
});

/** The JSON value a code's body holds, or what is wrong with it. */
function decodeJson(body: string): Found<Record<string, unknown>> {
  if (body === '') return clause(message('sharing.invite.nothingFollows', { prefix: PREFIX }));
  const bytes = fromBase64Url(body);
  if (!bytes) return clause(message('sharing.invite.badCharacters'));
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return clause(message('sharing.invite.notText'));
  }
  try {
    const value: unknown = JSON.parse(json);
    return isRecord(value) ? good(value) : clause(message('sharing.invite.notInvite'));
  } catch {
    return clause(message('sharing.invite.unfinished'));
  }
}

/** The invite in a decoded code, or the first problem found. */
function readInvite(raw: unknown): Found<Invite> {
  if (!isRecord(raw)) return clause(message('sharing.invite.notInvite'));
  const { w, n, s } = raw;
  if (typeof w !== 'string' || idKind(w) !== 'ws')
    return clause(message('sharing.invite.workspaceId'));
  const name = typeof n === 'string' ? n.trim() : '';
  if (name.length === 0 || name.length > MAX_NAME_LENGTH)
    return clause(message('sharing.invite.workspaceName', { max: MAX_NAME_LENGTH }));
  const secretProblem = checkSecret(s);
  if (secretProblem) return clause(secretProblem);
  const { transport, problems } = readTransport({
    kind: raw.k,
    signaling: raw.g,
    iceServers: raw.i,
    relayUrl: raw.r,
    relayToken: raw.a,
  });
  if (!transport) {
    const first = Object.values(problems)[0];
    return first
      ? { ok: false, problem: first, sentence: true }
      : clause(message('sharing.invite.servers'));
  }
  return good({ workspaceId: w, workspaceName: name, secret: s as string, transport });
}

function checkSecret(secret: unknown): Message | null {
  if (typeof secret !== 'string' || !SECRET.test(secret))
    return message('sharing.invite.secretMissing');
  if (secret.length < MIN_SECRET_CHARS) return message('sharing.invite.secretShort');
  if (secret.length > MAX_SECRET_CHARS) return message('sharing.invite.secretLong');
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
export function checkTransport(settings: TransportSettings): Record<string, Message> {
  return { ...readTransport(settings).problems };
}

/** Server addresses typed one a line or separated by commas. */
export function parseServerList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export type ParsedIceServers = { ok: true; servers: IceServer[] } | { ok: false; reason: Message };

/** ICE servers as a JSON array of RTCIceServer objects, or STUN addresses one a line. */
export function parseIceServers(text: string): ParsedIceServers {
  const trimmed = text.trim();
  let raw: unknown;
  if (/^[[{]/.test(trimmed)) {
    try {
      raw = JSON.parse(trimmed);
    } catch {
      return { ok: false, reason: message('sharing.transportCheck.iceJson') };
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

type Read<T> = { ok: true; value: T } | { ok: false; problem: Message };
const good = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(problem: Message): Read<T> => ({ ok: false, problem });

/** Settings read field by field; each problem a sentence for the field's form control. */
function readTransport(raw: Partial<Record<TransportField, unknown>>): {
  transport: TransportSettings | null;
  problems: Partial<Record<TransportField, Message>>;
} {
  const problems: Partial<Record<TransportField, Message>> = {};
  const kind = raw.kind === 'webrtc' || raw.kind === 'relay' ? (raw.kind as TransportKind) : null;
  if (!kind) problems.kind = message('sharing.transportCheck.kind');
  const signaling = readSignaling(raw.signaling);
  if (!signaling.ok) problems.signaling = signaling.problem;
  else if (kind === 'webrtc' && signaling.value.length === 0)
    problems.signaling = message('sharing.transportCheck.noSignaling');
  const iceServers = readIceServers(raw.iceServers);
  if (!iceServers.ok) problems.iceServers = iceServers.problem;
  const relayUrl = raw.relayUrl === '' ? good('') : readUrl(raw.relayUrl, RELAY_URL);
  if (!relayUrl.ok) problems.relayUrl = relayUrl.problem;
  else if (kind === 'relay' && relayUrl.value === '')
    problems.relayUrl = message('sharing.transportCheck.noRelay');
  const relayToken =
    typeof raw.relayToken === 'string' && raw.relayToken.length <= MAX_CREDENTIAL_CHARS
      ? good(raw.relayToken)
      : bad<string>(message('sharing.transportCheck.relayToken', { max: MAX_CREDENTIAL_CHARS }));
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
  if (!Array.isArray(raw)) return bad(message('sharing.transportCheck.signalingList'));
  if (raw.length > MAX_SERVERS)
    return bad(
      message('sharing.transportCheck.signalingCount', { max: MAX_SERVERS, count: raw.length }),
    );
  const urls: string[] = [];
  for (const item of raw) {
    const url = readUrl(item, SIGNALING_URL);
    if (!url.ok) return url;
    urls.push(url.value);
  }
  return good(urls);
}

/** The sentences about one kind of server address, by what is wrong with it. */
interface UrlProblems {
  empty: Message;
  long: Message;
  invalid(address: string): Message;
  protocol(address: string): Message;
}
const SIGNALING_URL: UrlProblems = {
  empty: message('sharing.transportCheck.signalingEmpty'),
  long: message('sharing.transportCheck.signalingLong', { max: MAX_SERVER_URL_CHARS }),
  invalid: (address) => message('sharing.transportCheck.signalingInvalid', { address }),
  protocol: (address) => message('sharing.transportCheck.signalingProtocol', { address }),
};
const RELAY_URL: UrlProblems = {
  empty: message('sharing.transportCheck.relayEmpty'),
  long: message('sharing.transportCheck.relayLong', { max: MAX_SERVER_URL_CHARS }),
  invalid: (address) => message('sharing.transportCheck.relayInvalid', { address }),
  protocol: (address) => message('sharing.transportCheck.relayProtocol', { address }),
};

/** A ws:// or wss:// address: http:, javascript: and anything else a browser would open are out. */
function readUrl(raw: unknown, problems: UrlProblems): Read<string> {
  if (typeof raw !== 'string' || raw.trim() === '') return bad(problems.empty);
  if (raw.length > MAX_SERVER_URL_CHARS) return bad(problems.long);
  let protocol: string;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    return bad(problems.invalid(shorten(raw)));
  }
  if (protocol !== 'ws:' && protocol !== 'wss:') return bad(problems.protocol(shorten(raw)));
  return good(raw);
}

function readIceServers(raw: unknown): Read<IceServer[]> {
  if (!Array.isArray(raw)) return bad(message('sharing.transportCheck.iceList'));
  if (raw.length > MAX_SERVERS)
    return bad(message('sharing.transportCheck.iceCount', { max: MAX_SERVERS, count: raw.length }));
  const servers: IceServer[] = [];
  for (const item of raw) {
    const server = readIceServer(item);
    if (!server.ok) return server;
    servers.push(server.value);
  }
  return good(servers);
}

function readIceServer(raw: unknown): Read<IceServer> {
  if (!isRecord(raw)) return bad(message('sharing.transportCheck.iceObject'));
  const { urls, username, credential } = raw;
  const list: unknown = typeof urls === 'string' ? [urls] : urls;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_ICE_URLS)
    return bad(message('sharing.transportCheck.iceUrls', { max: MAX_ICE_URLS }));
  for (const url of list) {
    if (typeof url !== 'string' || url.length > MAX_SERVER_URL_CHARS || !ICE_URL.test(url))
      return bad(message('sharing.transportCheck.iceProtocol', { address: shorten(String(url)) }));
  }
  for (const text of [username, credential]) {
    if (text !== undefined && (typeof text !== 'string' || text.length > MAX_CREDENTIAL_CHARS))
      return bad(message('sharing.transportCheck.iceCredential', { max: MAX_CREDENTIAL_CHARS }));
  }
  // The browser refuses a TURN server without both, and with it the whole connection.
  if ((list as string[]).some((url) => url.startsWith('turn')) && (!username || !credential))
    return bad(message('sharing.transportCheck.turnCredential'));
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

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
