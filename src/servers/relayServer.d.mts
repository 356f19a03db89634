// Types for relayServer.mjs, which stays plain JavaScript so Node runs it as it is.
import type { RunningServer } from './signalingServer.mjs';

export type { RunningServer };

/** With a non-empty token, only upgrades carrying `?token=<token>` are accepted. */
export function startRelayServer(options?: {
  host?: string;
  port?: number;
  token?: string;
}): Promise<RunningServer>;
