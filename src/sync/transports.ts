// The two ways a shared workspace reaches other browsers, behind one small interface: a WebRTC
// mesh found through signaling servers (y-webrtc, in its password mode: signaling is encrypted
// with the secret, so a server or a peer without it cannot connect), or a relay server
// (y-websocket against @y/websocket-server). Both work on the wire copy (wireCopy.ts), never on
// the workspace itself. Whatever a transport library fails to read is reported, never thrown.
import { createSignal, type Accessor } from 'solid-js';
import { WebrtcProvider } from 'y-webrtc';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { message, type Message, type MessageParam } from '../i18n';
import type { TransportSettings } from './shareTypes';
import { createFrameReader, toFrames } from './webrtcFrames';

export interface TransportStatus {
  /** connected: a signaling server or the relay is reached (peers may still be 0). */
  state: 'offline' | 'connecting' | 'connected';
  peers: number;
  problem: Message | null;
}

export interface Transport {
  status: Accessor<TransportStatus>;
  destroy(): void;
}

export interface TransportOptions {
  wire: Y.Doc;
  awareness: Awareness;
  /** What servers see: derived from the secret, never the workspace's name or id. */
  roomName: string;
  secret: string;
  settings: TransportSettings;
  /** A message from a peer that could not be read: a sentence for the problems banner. */
  onUnreadable(text: Message): void;
}

/** How often the status is recomputed besides the transports' own events (cheap). */
const STATUS_POLL_MS = 1000;

export function openTransport(options: TransportOptions): Transport {
  return options.settings.kind === 'relay' ? openRelay(options) : openWebrtc(options);
}

/** The library's own words (developer text, quoted as is), or "unknown error" translated. */
function describe(error: unknown): MessageParam {
  const text = error instanceof Error ? error.message : String(error);
  if (!text) return message('sharing.error.unknown');
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/** Calls `handler`, reporting instead of throwing what a broken message makes it throw. */
function guarded<A extends unknown[], R>(
  handler: (...args: A) => R,
  onUnreadable: (text: Message) => void,
): (...args: A) => R | undefined {
  return (...args: A) => {
    try {
      return handler(...args);
    } catch (error) {
      onUnreadable(message('sharing.transports.unreadable', { error: describe(error) }));
      return undefined;
    }
  };
}

function statusSignal(compute: () => TransportStatus) {
  const [status, setStatus] = createSignal<TransportStatus>(compute(), {
    // A problem is made anew on each poll: compared by its contents, or every poll would notify.
    equals: (a, b) =>
      a.state === b.state &&
      a.peers === b.peers &&
      JSON.stringify(a.problem) === JSON.stringify(b.problem),
  });
  const refresh = () => setStatus(compute());
  const timer = setInterval(refresh, STATUS_POLL_MS);
  return { status, refresh, stop: () => clearInterval(timer) };
}

// --- WebRTC --------------------------------------------------------------------------------

/** The parts of y-webrtc's room that tell how many peers are connected (not in its types). */
interface WebrtcRoomView {
  webrtcConns: Map<string, { connected: boolean; peer: PeerView }>;
  bcConns: Set<string>;
}
/** simple-peer's peer, as far as framing needs it. */
interface PeerView {
  listeners(event: 'data'): ((data: Uint8Array) => void)[];
  removeAllListeners(event: 'data'): void;
  on(event: 'data', listener: (data: Uint8Array) => void): void;
  send(data: Uint8Array): void;
  /** Bytes waiting in the data channel's own buffer. */
  readonly bufferSize: number;
}

/**
 * Frames wait in Concord's queue while the data channel holds this much: Chromium closes a
 * channel whose buffer passes 16 MB, which a first sync of a large workspace would.
 */
const CHANNEL_HIGH_WATER = 1024 * 1024;

/**
 * Replaces a peer's send with one that cuts messages into frames and sends them in order,
 * waiting while the data channel's buffer is full. A send before the channel opens fails, as
 * y-webrtc expects (it sends the whole state again on connect).
 */
function sendInFrames(peer: PeerView): void {
  const sendFrame = peer.send.bind(peer);
  const queue: Uint8Array[] = [];
  let draining = false;
  const drain = () => {
    while (queue.length > 0 && peer.bufferSize < CHANNEL_HIGH_WATER) {
      try {
        sendFrame(queue.shift()!);
      } catch {
        queue.length = 0;
      }
    }
    draining = queue.length > 0;
    if (draining) setTimeout(drain, 5);
  };
  peer.send = (data: Uint8Array) => {
    queue.push(...toFrames(data));
    if (!draining) drain();
  };
}
interface SignalingView {
  connected: boolean;
  unsuccessfulReconnects: number;
}

function openWebrtc({
  wire,
  awareness,
  roomName,
  secret,
  settings,
  onUnreadable,
}: TransportOptions) {
  const provider = new WebrtcProvider(roomName, wire, {
    signaling: settings.signaling,
    password: secret,
    awareness,
    filterBcConns: true,
    peerOpts: { config: { iceServers: settings.iceServers } },
  });
  const room = () => provider.room as unknown as WebrtcRoomView | null;
  const signaling = () => provider.signalingConns as unknown as SignalingView[];

  // Each connection is adapted once, as soon as y-webrtc makes it (before it connects): what it
  // sends is cut into frames that fit a data channel, in order, behind the channel's buffer;
  // what it receives is put back together, then read by y-webrtc's listener, which throws on a
  // broken message: the throw is reported instead of surfacing as an uncaught error.
  const adaptedPeers = new WeakSet<object>();
  const adaptConnections = () => {
    room()?.webrtcConns.forEach(({ peer }) => {
      if (adaptedPeers.has(peer)) return;
      adaptedPeers.add(peer);
      sendInFrames(peer);
      const frames = createFrameReader((bytes) =>
        onUnreadable(
          message('sharing.transports.tooLarge', { size: Math.round(bytes / 1024 / 1024) }),
        ),
      );
      const listeners = peer.listeners('data').map((listener) => guarded(listener, onUnreadable));
      peer.removeAllListeners('data');
      peer.on('data', (frame: Uint8Array) => {
        const message = frames.read(frame);
        if (message) for (const listener of listeners) listener(message);
      });
    });
  };

  const compute = (): TransportStatus => {
    const current = room();
    let peers = current?.bcConns.size ?? 0;
    current?.webrtcConns.forEach((conn) => (peers += conn.connected ? 1 : 0));
    const servers = signaling();
    const reached = servers.some((s) => s.connected);
    const failing = servers.length > 0 && servers.every((s) => s.unsuccessfulReconnects > 0);
    const problem =
      failing && !reached
        ? message(
            servers.length > 1
              ? 'sharing.transports.signalingServersUnreachable'
              : 'sharing.transports.signalingUnreachable',
            { servers: settings.signaling.join(', ') },
          )
        : null;
    if (peers > 0 || reached) return { state: 'connected', peers, problem: null };
    return { state: failing ? 'offline' : 'connecting', peers, problem };
  };
  const { status, refresh, stop } = statusSignal(compute);
  const onPeers = () => {
    adaptConnections();
    refresh();
  };
  provider.on('peers', onPeers);
  provider.on('synced', refresh);

  // A peer that signals with another secret (an old invite, an intruder who learnt the room)
  // makes y-webrtc's decryption reject, unhandled. It is expected: said once, not thrown.
  let saidForeign = false;
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as unknown;
    if (!(reason instanceof DOMException) || reason.name !== 'OperationError') return;
    event.preventDefault();
    if (saidForeign) return;
    saidForeign = true;
    onUnreadable(message('sharing.transports.foreignSecret'));
  };
  window.addEventListener('unhandledrejection', onRejection);

  return {
    status,
    destroy() {
      stop();
      provider.off('peers', onPeers);
      provider.off('synced', refresh);
      provider.destroy();
      // Decryptions already under way may still reject after the provider is gone.
      setTimeout(() => window.removeEventListener('unhandledrejection', onRejection), 5000);
    },
  };
}

// --- Relay ---------------------------------------------------------------------------------

function openRelay({ wire, awareness, roomName, settings, onUnreadable }: TransportOptions) {
  const provider = new WebsocketProvider(settings.relayUrl, roomName, wire, {
    awareness,
    params: settings.relayToken ? { token: settings.relayToken } : {},
    // Tabs of this browser already share changes through Concord's own channel.
    disableBc: true,
    maxBackoffTime: 5000,
  });
  // y-websocket dispatches each message to a public table of handlers; each is wrapped so that
  // a broken message is reported instead of thrown.
  provider.messageHandlers = provider.messageHandlers.map((handler) =>
    handler ? guarded(handler, onUnreadable) : handler,
  ) as typeof provider.messageHandlers;

  const compute = (): TransportStatus => {
    const peers = Math.max(0, awareness.getStates().size - 1);
    if (provider.wsconnected) return { state: 'connected', peers, problem: null };
    const failing = provider.wsUnsuccessfulReconnects > 0;
    return {
      state: failing ? 'offline' : 'connecting',
      peers: 0,
      problem: failing
        ? message('sharing.transports.relayUnreachable', { url: settings.relayUrl })
        : null,
    };
  };
  const { status, refresh, stop } = statusSignal(compute);
  provider.on('status', refresh);
  provider.on('connection-close', refresh);
  awareness.on('change', refresh);
  return {
    status,
    destroy() {
      stop();
      awareness.off('change', refresh);
      provider.destroy();
    },
  };
}
