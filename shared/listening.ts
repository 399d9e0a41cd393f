/**
 * The child's half of the process toolkit's handshake (scripts/processes.ts). A process started with
 * an IPC channel and a port of 0 listens where the OS says, then reports that address to its parent,
 * so no port is probed, closed and handed over (which races with anything else on the machine).
 * Subgraphs started together on port 0 cannot know each other's addresses from the environment: the
 * parent answers with the peers' addresses once every one of them has reported, and the child says
 * when it has taken them.
 */
export interface ListeningReport {
  type: 'listening';
  url: string;
  port: number;
}
export interface PeersMessage {
  type: 'peers';
  urls: Record<string, string>;
}
export interface PeersTaken {
  type: 'peers-taken';
}

const isPeers = (m: unknown): m is PeersMessage =>
  typeof m === 'object' && m !== null && (m as PeersMessage).type === 'peers';

/** Tells a parent that listens on the IPC channel where this process listens; a no-op without one. */
export function reportListening(
  url: string,
  port: number,
  onPeers?: (urls: Record<string, string>) => void,
): void {
  if (!process.send || !process.connected) return;
  if (onPeers)
    process.on('message', (m) => {
      if (!isPeers(m)) return;
      onPeers(m.urls);
      process.send?.({ type: 'peers-taken' } satisfies PeersTaken);
    });
  process.send({ type: 'listening', url, port } satisfies ListeningReport);
}
