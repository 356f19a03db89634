// What the UI sees of sharing for the open workspace: its settings, the connection, who is
// online, and the verbs (share, join, rotate, leave, exchange by file). Implemented by
// createSharing (sharing.ts); the UI depends on this shape only.
import type { Accessor } from 'solid-js';
import type { Message, Text } from '../i18n';
import type { Invite, ShareSettings, TransportSettings } from '../sync/shareTypes';

/**
 * off: the workspace is not shared (or disconnected on purpose); offline: shared, but no
 * transport is reachable (no network, server down); connecting: reaching the servers or peers;
 * connected: at least one peer or the relay is reached.
 */
export type ConnectionState = 'off' | 'offline' | 'connecting' | 'connected';

export interface SyncStatus {
  state: ConnectionState;
  transport: TransportSettings['kind'] | null;
  /** Other browsers reached directly (WebRTC) or through the relay (as the relay reports them). */
  peers: number;
  /** When a change last came from or reached another copy (ms since epoch), or null. */
  lastSyncAt: number | null;
  /** A sentence for the user when the transport failed (bad server address, refused token). */
  problem: Message | null;
}

/**
 * Why a sharing verb did nothing, by field (a transport field, `name`, `sharing`, `file`): a
 * message, or words a lower layer (the workspace registry) already chose. Shown with textOf().
 */
export type ShareErrors = Readonly<Record<string, Text>>;

/** What a sharing verb answers: its value, or why nothing was done. */
export type ShareResult<T> = { ok: true; value: T } | { ok: false; errors: ShareErrors };

export interface Identity {
  name: string;
  /** #rrggbb */
  colour: string;
}

export interface PeerPresence extends Identity {
  /** Awareness client id: stable for one connection of one tab. */
  clientId: number;
  /** Ids of the entities and relations the peer has selected. */
  selection: string[];
  /** This tab. */
  self: boolean;
}

export interface ExchangeResult {
  ok: boolean;
  /** A sentence for a notice: what happened, or why nothing did. */
  message: Message;
}

export interface Sharing {
  /** The open workspace's share settings, or null when it is not shared. */
  settings: Accessor<ShareSettings | null>;
  status: Accessor<SyncStatus>;
  /** Everyone online in the open workspace, this tab first. */
  peers: Accessor<PeerPresence[]>;
  /** This browser's name and colour, shown to the others. */
  identity: Accessor<Identity>;
  setIdentity(identity: Identity): ShareResult<Identity>;
  /** The invite of the open shared workspace, or null. */
  invite(): Invite | null;
  /** Starts sharing the open workspace as its owner; answers the invite. */
  share(transport: TransportSettings): Promise<ShareResult<Invite>>;
  /** Changes how the open workspace connects (servers, relay) and reconnects. */
  updateTransport(transport: TransportSettings): Promise<ShareResult<Invite>>;
  /** Owner: a new secret; the old invite stops working for new connections. */
  rotateSecret(): Promise<ShareResult<Invite>>;
  /** Stops syncing without forgetting the invite; `reconnect` starts again. */
  disconnect(): void;
  reconnect(): void;
  /** Stops sharing and forgets the secret; the local copy stays as a private workspace. */
  leave(): Promise<void>;
  /** Opens (creating when needed) the invited workspace here and connects it. */
  join(invite: Invite): Promise<ShareResult<string>>;
  /** File exchange: this copy's state vector as a file a member sends back with their changes. */
  exportStateFile(): { fileName: string; text: string } | null;
  /** File exchange: the changes a member lacks (given their state file), or all changes. */
  exportChangesFile(stateFileText?: string): ShareResult<{ fileName: string; text: string }>;
  /** File exchange: applies a changes file from another member to the open workspace. */
  importChangesFile(text: string): ExchangeResult;
}
