import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cluster } from './cluster';
import { closedLoop, type Target } from './load';
import { hangUp, spawnProc, stopProcess, waitHealthy, waitListening } from '../processes';

/** Where our gateway's CPU goes, by part, in percent of its busy time. */
export type Breakdown = { part: string; percent: number }[];

/** Parts of the gateway, matched on the source of a stack frame; the first match from the leaf up wins. */
const PARTS: [string, RegExp][] = [
  ['JWT verify + proof sign (jose over WebCrypto)', /node_modules\/jose\/|node:internal\/crypto\//],
  [
    'subgraph HTTP client (fetch: undici, web streams, abort signals)',
    /undici|webstreams|node_modules\/node-fetch\/|abort_controller|event_target/,
  ],
  [
    'query planning and plan execution (@apollo/gateway, federation-internals, OpenTelemetry API)',
    /@apollo\/gateway\/|@apollo\/federation-internals\/|@opentelemetry\//,
  ],
  [
    'GraphQL server (Apollo Server, express, graphql-js, graphql-armor)',
    /@apollo\/server\/|node_modules\/(express|router|body-parser|graphql|@escape\.tech|@as-integrations)\//,
  ],
  ['our gateway and shared code', /\/dist\/(gateway|shared)\//],
  [
    'HTTP server and sockets (node:http, net, streams)',
    /node:_http|node:net|node:internal\/streams|stream_base/,
  ],
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export function analyzeProfile(file: string): Breakdown {
  const p = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const loading = new Map<number, boolean>();
  const underRequire = (id: number | undefined): boolean => {
    if (id === undefined) return false;
    if (!loading.has(id))
      loading.set(
        id,
        /node:internal\/modules\//.test(byId.get(id)!.callFrame.url) ||
          underRequire(parent.get(id)),
      );
    return loading.get(id)!;
  };
  const partOf = new Map<number, string>();
  const classify = (id: number): string => {
    const known = partOf.get(id);
    if (known) return known;
    const n = byId.get(id)!;
    let part =
      n.callFrame.functionName === '(garbage collector)' ? 'garbage collection' : undefined;
    part ??= PARTS.find(([, re]) => re.test(n.callFrame.url))?.[0];
    const up = parent.get(id);
    part ??= up === undefined ? 'other (Node internals, timers, microtasks)' : classify(up);
    partOf.set(id, part);
    return part;
  };
  const time = new Map<string, number>();
  let busy = 0;
  p.samples.forEach((id, i) => {
    const name = byId.get(id)!.callFrame.functionName;
    // Idle time, and the start-up (module loading) that the profile also holds, are not a request's cost.
    if (name === '(idle)' || name === '(program)' || underRequire(id)) return;
    const dt = p.timeDeltas[i] ?? 0;
    busy += dt;
    time.set(classify(id), (time.get(classify(id)) ?? 0) + dt);
  });
  return [...time]
    .map(([part, t]) => ({ part, percent: (t / busy) * 100 }))
    .sort((a, b) => b.percent - a.percent);
}

/**
 * A second instance of our gateway, under `node --cpu-prof`, in front of the same subgraphs, loaded
 * with the same requests as a measured phase; its profile says where a request's gateway CPU goes.
 * Runs after the measured phases (the profiler slows the process it watches).
 */
export async function profileGateway(
  cluster: Cluster,
  target: (url: string) => Target,
  connections: number,
  seconds: number,
): Promise<Breakdown> {
  const dir = mkdtempSync(join(tmpdir(), 'grids-bench-prof-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    JWT_SECRET: cluster.jwtSecret,
    GATEWAY_SECRET: cluster.gatewaySecret,
    GATEWAY_PORT: '0',
  };
  for (const [name, p] of Object.entries(cluster.subgraphs))
    env[`${name.toUpperCase()}_URL`] = p.url;
  const gw = spawnProc(
    'profiled gateway',
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(__dirname, '..', '..', 'gateway', 'main.js')],
    env,
    0,
  );
  try {
    await waitListening(gw);
    hangUp(gw);
    await waitHealthy(gw, '/health');
    const t = target(gw.url);
    await closedLoop('profile warm-up', t, connections, Math.min(3, seconds));
    const r = await closedLoop('profile', t, connections, seconds);
    if (r.errors)
      throw new Error(
        `the profiled gateway answered ${r.errors} requests wrong: ${r.errorSamples.join('; ')}`,
      );
  } finally {
    await stopProcess(gw.child);
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  try {
    if (!file) throw new Error('the profiled gateway wrote no profile');
    return analyzeProfile(join(dir, file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
