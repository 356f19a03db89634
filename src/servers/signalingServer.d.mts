// Types for signalingServer.mjs, which stays plain JavaScript so Node runs it as it is.
export interface RunningServer {
  /** ws://host:port */
  url: string;
  /** The port really bound: the one asked for, or the free one picked for 0. */
  port: number;
  /** Drops every connection and stops listening. */
  close(): Promise<void>;
}

export function startSignalingServer(options?: {
  host?: string;
  port?: number;
}): Promise<RunningServer>;
