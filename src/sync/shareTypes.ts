// The shapes of sharing: how a workspace's copies find each other (transport settings), what an
// invite carries, and what this browser remembers per shared workspace. The secret lives only
// in invites (in a URL fragment, never sent to a server) and in this browser's registry: never
// in the workspace document, an export, a backup or a log.

/** How copies reach each other: a WebRTC mesh found through signaling servers, or a relay. */
export type TransportKind = 'webrtc' | 'relay';

/** One ICE server, as RTCPeerConnection takes it. */
export interface IceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}

export interface TransportSettings {
  kind: TransportKind;
  /** WebRTC: signaling servers (ws:// or wss://), tried together. */
  signaling: string[];
  /** WebRTC: STUN and TURN servers; empty means host candidates only (one network). */
  iceServers: IceServer[];
  /** Relay: a y-websocket server (ws:// or wss://). */
  relayUrl: string;
  /** Relay: the access token the relay asks for (RELAY_TOKEN), or ''. */
  relayToken: string;
}

/** What an invite link or code carries: enough to find the others and to read and write. */
export interface Invite {
  workspaceId: string;
  workspaceName: string;
  /** At least 128 random bits, base64url. */
  secret: string;
  transport: TransportSettings;
}

/** What this browser remembers about one shared workspace. */
export interface ShareSettings {
  secret: string;
  /** The owner made the invite and may rotate the secret; a member joined through one. */
  role: 'owner' | 'member';
  transport: TransportSettings;
  /** False after "Disconnect": the settings stay, nothing connects until "Connect". */
  connected: boolean;
}
