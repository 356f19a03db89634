// Invites are hostile input: a code or link round-trips, and every way of altering one is refused
// with a sentence. Room names hide the secret and the workspace from the servers.
import { describe, expect, it } from 'vitest';
import { translate, type Message } from '../../../src/i18n';
import {
  checkTransport,
  createSecret,
  DEFAULT_TRANSPORT,
  encodeInviteCode,
  formatIceServers,
  inviteCodeFromHash,
  inviteLink,
  MIN_SECRET_CHARS,
  parseIceServers,
  parseInvite,
  parseServerList,
  roomNameFor,
} from '../../../src/sync/invite';
import type { Invite, TransportSettings } from '../../../src/sync/shareTypes';

const SECRET = 'k3J9x2m1q8aaZZ-_0123456789abcdefghijklmno';

const invite = (
  over: Partial<Invite> = {},
  transport: Partial<TransportSettings> = {},
): Invite => ({
  workspaceId: 'ws:k3j9x2m1q8aa',
  workspaceName: 'Tân Bình cooperatives',
  secret: SECRET,
  transport: {
    kind: 'webrtc',
    signaling: ['wss://signal.example.org', 'ws://127.0.0.1:4444'],
    iceServers: [
      { urls: 'stun:stun.example.org:3478' },
      {
        urls: ['turn:turn.example.org:3478', 'turns:turn.example.org:5349'],
        username: 'u',
        credential: 'c',
      },
    ],
    relayUrl: 'wss://relay.example.org',
    relayToken: 'token',
    ...transport,
  },
  ...over,
});

/** A code holding exactly this object, as an attacker would craft one. */
function craft(compact: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(compact));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `concord1.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

const COMPACT = {
  w: 'ws:k3j9x2m1q8aa',
  n: 'Tân Bình',
  s: SECRET,
  k: 'webrtc',
  g: ['wss://signal.example.org'],
  i: [],
  r: '',
  a: '',
};

function reasonFor(text: string): string {
  const parsed = parseInvite(text);
  if (parsed.ok) throw new Error(`accepted: ${JSON.stringify(parsed.invite)}`);
  return translate('en', parsed.reason);
}

/** Each field's sentence, in English. */
const inEnglish = (errors: Record<string, Message>) =>
  Object.fromEntries(Object.entries(errors).map(([field, text]) => [field, translate('en', text)]));

describe('invite codes', () => {
  it('round-trips an invite through its code, the same code every time', () => {
    const code = encodeInviteCode(invite());
    expect(code).toMatch(/^concord1\.[A-Za-z0-9_-]+$/);
    expect(encodeInviteCode(invite())).toBe(code);
    expect(parseInvite(code)).toEqual({ ok: true, invite: invite() });
  });

  it('reads a whole link, ignoring whatever comes before #join=', () => {
    const link = inviteLink('https://concord.example.org/app/?x=1#old-hash', invite());
    expect(link).toBe(`https://concord.example.org/app/?x=1#join=${encodeInviteCode(invite())}`);
    expect(parseInvite(link)).toEqual({ ok: true, invite: invite() });
    expect(parseInvite(`Join us: <${link}>.`)).toEqual({ ok: true, invite: invite() });
  });

  it('reads a code pasted from chat with spaces and line breaks around and inside it', () => {
    const code = encodeInviteCode(invite());
    const wrapped = `\n  ${code.slice(0, 30)}\n${code.slice(30, 70)} \r\n ${code.slice(70)}\n\n`;
    expect(parseInvite(wrapped)).toEqual({ ok: true, invite: invite() });
  });

  it('takes the code from a #join= hash and nothing else', () => {
    const code = encodeInviteCode(invite());
    expect(inviteCodeFromHash(`#join=${code}`)).toBe(code);
    expect(inviteCodeFromHash('')).toBeNull();
    expect(inviteCodeFromHash('#join=')).toBeNull();
    expect(inviteCodeFromHash('#settings')).toBeNull();
  });

  it('trims the workspace name and drops keys it does not know', () => {
    const parsed = parseInvite(craft({ ...COMPACT, n: '  Tân Bình  ', extra: 'x' }));
    expect(parsed).toEqual({
      ok: true,
      invite: {
        workspaceId: 'ws:k3j9x2m1q8aa',
        workspaceName: 'Tân Bình',
        secret: SECRET,
        transport: {
          kind: 'webrtc',
          signaling: ['wss://signal.example.org'],
          iceServers: [],
          relayUrl: '',
          relayToken: '',
        },
      },
    });
  });
});

describe('altered invites', () => {
  const code = encodeInviteCode(invite());

  it('refuses what is not an invite', () => {
    expect(reasonFor('hello there')).toBe('This is not a Concord invite.');
    expect(reasonFor(`concord2.${code.slice(9)}`)).toMatch(/newer Concord/);
  });

  it('refuses a code cut short', () => {
    expect(reasonFor(code.slice(0, code.length - 40))).toMatch(
      /^This invite is cut short or altered: .+\.$/,
    );
    expect(reasonFor('concord1.')).toMatch(/cut short/);
  });

  it('refuses characters a code never has, and JSON that is not an object', () => {
    expect(reasonFor(`${code.slice(0, 20)}$%${code.slice(22)}`)).toMatch(/characters/);
    expect(reasonFor(craft([1, 2]))).toMatch(/does not hold an invite/);
    expect(reasonFor(`concord1.${btoa('{"w":').replace(/=+$/, '')}`)).toMatch(/cut short/);
  });

  it.each([
    ['a wrong workspace id', { w: 'person:k3j9x2m1q8aa' }, /workspace id/],
    ['an empty name', { n: '   ' }, /workspace name/],
    ['a name too long', { n: 'x'.repeat(501) }, /workspace name/],
    ['a short secret', { s: 'a'.repeat(MIN_SECRET_CHARS - 1) }, /secret is too short/],
    ['a secret with other characters', { s: `${SECRET}+/` }, /secret/],
    ['an http: signaling server', { g: ['http://signal.example.org'] }, /ws:\/\/ or wss:\/\//],
    ['a javascript: signaling server', { g: ['javascript:alert(1)'] }, /ws:\/\/ or wss:\/\//],
    ['a javascript: relay', { r: 'javascript:alert(1)' }, /relay address must start/],
    ['no signaling server for WebRTC', { g: [] }, /at least one signaling server/],
    ['too many signaling servers', { g: Array(9).fill('wss://s.example.org') }, /at most 8/],
    ['a signaling address too long', { g: [`wss://s.example.org/${'x'.repeat(600)}`] }, /512/],
    ['too many ICE servers', { i: Array(9).fill({ urls: 'stun:s.example.org' }) }, /at most 8/],
    ['an ICE server that is not STUN or TURN', { i: [{ urls: 'https://x.org' }] }, /stun:/],
    ['too many ICE urls', { i: [{ urls: Array(5).fill('stun:s.example.org') }] }, /1 to 4/],
    ['a TURN server without credentials', { i: [{ urls: 'turn:t.example.org' }] }, /username/],
    ['an unknown transport', { k: 'carrier-pigeon' }, /WebRTC or a relay/],
    ['a relay without an address', { k: 'relay', r: '' }, /relay’s address/],
    ['a relay token too long', { a: 'x'.repeat(257) }, /relay token/],
  ])('refuses %s with a sentence', (_, change, pattern) => {
    const reason = reasonFor(craft({ ...COMPACT, ...change }));
    expect(reason).toMatch(/^This invite is cut short or altered: .+\.$/);
    expect(reason).toMatch(pattern);
  });

  it('gives its reasons as messages, read in either language, a clause inside a sentence', () => {
    const parsed = parseInvite('concord1.');
    if (parsed.ok) throw new Error('accepted');
    expect(parsed.reason.key).toBe('sharing.invite.altered');
    expect(translate('en', parsed.reason)).toBe(
      'This invite is cut short or altered: nothing follows “concord1.”.',
    );
    expect(translate('vi', parsed.reason)).toBe(
      'Lời mời này bị cắt ngắn hoặc bị sửa đổi: không có gì sau “concord1.”.',
    );
    const servers = parseInvite(craft({ ...COMPACT, g: [] }));
    expect(servers.ok ? '' : translate('vi', servers.reason)).toBe(
      'Lời mời này bị cắt ngắn hoặc bị sửa đổi: Hãy nhập ít nhất một máy chủ báo hiệu (ws:// hoặc wss://).',
    );
  });

  it('refuses an oversized code before reading it', () => {
    const huge = craft({ ...COMPACT, pad: 'x'.repeat(20_000) });
    expect(reasonFor(huge)).toMatch(/too long to be a Concord invite/);
    expect(reasonFor(' '.repeat(100_000))).toMatch(/too long/);
  });
});

describe('secrets and room names', () => {
  it('makes secrets of 256 random bits that differ every time', () => {
    const secrets = Array.from({ length: 50 }, createSecret);
    expect(new Set(secrets).size).toBe(50);
    for (const secret of secrets) {
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(secret.length * 6).toBeGreaterThanOrEqual(128);
    }
  });

  it('names a room by a hash of the secret only', async () => {
    const secret = createSecret();
    const room = await roomNameFor(secret);
    expect(room).toMatch(/^concord-[0-9a-f]{64}$/);
    expect(await roomNameFor(secret)).toBe(room);
    expect(await roomNameFor(createSecret())).not.toBe(room);
    expect(room).not.toContain(secret);
    expect(room).not.toContain(secret.slice(0, 8));
  });

  it('is the SHA-256 of the versioned secret, so every copy agrees', async () => {
    // sha256("concord/room/v1\nabc"), computed independently.
    const expected = await crypto.subtle.digest(
      'SHA-256',
      new Uint8Array([...'concord/room/v1\nabc'].map((c) => c.charCodeAt(0))),
    );
    const hex = Array.from(new Uint8Array(expected), (b) => b.toString(16).padStart(2, '0'));
    expect(await roomNameFor('abc')).toBe(`concord-${hex.join('')}`);
  });
});

describe('transport settings', () => {
  it('accepts the defaults, which point at this machine only', () => {
    expect(checkTransport(DEFAULT_TRANSPORT)).toEqual({});
    expect(DEFAULT_TRANSPORT.signaling).toEqual(['ws://127.0.0.1:4444']);
    expect(checkTransport({ ...DEFAULT_TRANSPORT, kind: 'relay' })).toEqual({});
  });

  it('says what is wrong with each field', () => {
    const errors = inEnglish(
      checkTransport({
        kind: 'webrtc',
        signaling: ['https://signal.example.org'],
        iceServers: [{ urls: 'http://stun.example.org' }],
        relayUrl: 'relay.example.org',
        relayToken: 'x'.repeat(300),
      }),
    );
    expect(errors).toEqual({
      signaling:
        'A signaling server address must start with ws:// or wss://; “https://signal.example.org” does not.',
      iceServers:
        'An ICE server address must start with stun:, turn: or turns:; “http://stun.example.org” does not.',
      relayUrl: 'The relay address “relay.example.org” is not an address.',
      relayToken: 'The relay token must be text of at most 256 characters.',
    });
  });

  it('asks for what the chosen transport needs', () => {
    expect(inEnglish(checkTransport({ ...DEFAULT_TRANSPORT, signaling: [] }))).toEqual({
      signaling: 'Give at least one signaling server (ws:// or wss://).',
    });
    expect(
      inEnglish(checkTransport({ ...DEFAULT_TRANSPORT, kind: 'relay', relayUrl: '' })),
    ).toEqual({
      relayUrl: 'Give the relay’s address (ws:// or wss://).',
    });
  });

  it('reads server lists one a line or separated by commas', () => {
    expect(parseServerList(' wss://a.org\n\nws://b.org , wss://c.org,\r\n')).toEqual([
      'wss://a.org',
      'ws://b.org',
      'wss://c.org',
    ]);
  });

  it('reads ICE servers as bare addresses or JSON and writes them back the same', () => {
    expect(parseIceServers('stun:a.org:3478\n stun:b.org ')).toEqual({
      ok: true,
      servers: [{ urls: 'stun:a.org:3478' }, { urls: 'stun:b.org' }],
    });
    expect(parseIceServers('')).toEqual({ ok: true, servers: [] });
    for (const servers of [[], [{ urls: 'stun:a.org' }], invite().transport.iceServers]) {
      const text = formatIceServers(servers);
      expect(parseIceServers(text)).toEqual({ ok: true, servers });
    }
    expect(formatIceServers([{ urls: 'stun:a.org' }, { urls: 'stun:b.org' }])).toBe(
      'stun:a.org\nstun:b.org',
    );
  });

  it('refuses ICE text it cannot use, with a sentence', () => {
    const refused = (text: string) => {
      const parsed = parseIceServers(text);
      return parsed.ok ? null : translate('en', parsed.reason);
    };
    expect(refused('[{"urls": "stun:a.org"')).toMatch(/not complete JSON/);
    expect(refused('https://a.org')).toMatch(/must start with stun:, turn: or turns:/);
    expect(refused('turn:a.org')).toMatch(/needs a username and a credential/);
    expect(refused('[{"urls": "turn:a.org", "username": 5, "credential": "c"}]')).toMatch(/text/);
  });
});
