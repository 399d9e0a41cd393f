/** Whether something answers HTTP on the port (a process of ours that should, or should no longer, listen). */
export async function isListening(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/health`);
    return true;
  } catch {
    return false;
  }
}

/**
 * The ports `npm start` says its processes listen on: every one may start on port 0, and the
 * launcher prints where each subgraph listens and, in its banner, the gateway's URL.
 */
export function launcherPorts(output: string): {
  gateway: number;
  services: Record<string, number>;
} {
  const services = Object.fromEntries(
    [...output.matchAll(/\[start\] (\w+) listens on http:\/\/[\d.]+:(\d+)\//g)].map((m) => [
      m[1],
      Number(m[2]),
    ]),
  );
  const gateway = output.match(/Gateway and explorer: http:\/\/[\d.]+:(\d+)\//)?.[1];
  if (!gateway) throw new Error(`the launcher printed no gateway URL:\n${output}`);
  return { gateway: Number(gateway), services };
}
