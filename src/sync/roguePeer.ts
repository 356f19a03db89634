// Test only (exposed on window.__concord in dev and test builds): a browser that knows a shared
// workspace's room name but not its secret, as a signaling server's operator or an old invite
// would. It joins the room with its own password, writes, and reports what it ever received, so
// a test can show that it reads nothing and reaches no one.
import * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc';
import { addEntity, createProjection, initSchema } from '../store';

export interface RoguePeer {
  start(options: { roomName: string; password: string; signaling: string[] }): void;
  add(name: string): boolean;
  names(): string[];
  stop(): void;
}

export function createRoguePeer(): RoguePeer {
  let doc: Y.Doc | null = null;
  let provider: WebrtcProvider | null = null;
  return {
    start({ roomName, password, signaling }) {
      doc = new Y.Doc();
      initSchema(doc);
      provider = new WebrtcProvider(roomName, doc, {
        signaling,
        password,
        peerOpts: { config: { iceServers: [] } },
      });
    },
    add: (name) => (doc ? addEntity(doc, 'person', { name }).ok : false),
    names() {
      if (!doc) return [];
      const projection = createProjection(doc);
      const names = Object.values(projection.state.entities).map((e) => e.name);
      projection.dispose();
      return names;
    },
    stop() {
      provider?.destroy();
      doc?.destroy();
      provider = null;
      doc = null;
    },
  };
}
