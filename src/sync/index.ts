// The sync layer: how changes from other copies of a workspace enter it. Transports (WebRTC, a
// relay, BroadcastChannel, file exchange) hand every update they receive to applyPeerUpdate.
export * from './peerUpdates';
export * from './peerWarnings';
export type { Transport, TransportStatus } from './transports';
export type { WireCopy } from './wireCopy';
