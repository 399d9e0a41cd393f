import autocannon from 'autocannon';
import { checkBody, type Checker } from './queries';
import { summarize, type Latency } from './stats';

/** One GraphQL request the load generator repeats, and how to tell a right answer. */
export interface Target {
  url: string;
  headers: Record<string, string>;
  query: string;
  variables: Record<string, unknown>;
  check: Checker;
  /** When given, the load phases cycle through these instead (one after another across all connections). */
  variants?: { variables: Record<string, unknown>; check: Checker }[];
}

export interface PhaseResult {
  label: string;
  connections: number;
  seconds: number;
  /** Responses that passed every check. */
  ok: number;
  /** Checked responses per second. */
  rps: number;
  latency: Latency;
  /** Wrong answers, HTTP errors, socket errors and timeouts. */
  errors: number;
  errorSamples: string[];
  /** Open loop only: the arrival rate asked for. */
  targetRate?: number;
}

/** Every response checked in this process, right or wrong (the report counts them). */
export const tally = { ok: 0, wrong: 0 };

interface Client {
  on(event: 'response', fn: (status: number, bytes: number, ms: number) => void): void;
  rateInterval?: NodeJS.Timeout;
  reqsMadeThisSecond: number;
  paused?: boolean;
  _doRequest(): void;
}

/**
 * Runs autocannon against one target. Every body is parsed and checked (status, JSON, no GraphQL
 * errors, shape); latencies are recorded per response with sub-millisecond precision.
 * `openRate` turns it into an open loop: see openLoop below.
 */
async function run(
  label: string,
  t: Target,
  o: { connections: number; seconds: number; openRate?: number },
): Promise<PhaseResult> {
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let ok = 0;
  let wrong = 0;
  const note = (msg: string) => {
    if (errorSamples.length < 5 && !errorSamples.includes(msg)) errorSamples.push(msg);
  };
  const body = JSON.stringify({ query: t.query, variables: t.variables });
  const url = new URL(t.url);
  let index = 0;
  let nextVariant = 0;
  const variants = t.variants;
  const started = process.hrtime.bigint();
  const result = await autocannon({
    url: url.origin,
    connections: o.connections,
    duration: o.seconds,
    pipelining: 1,
    timeout: 10,
    // autocannon's correction assumes an interval of ceil(1/rate) ms, which would invent samples;
    // the open loop below sends on schedule instead, so the measured latency is already honest.
    ...(o.openRate ? { connectionRate: 1, ignoreCoordinatedOmission: true } : {}),
    requests: [
      {
        method: 'POST',
        path: url.pathname,
        headers: { 'content-type': 'application/json', ...t.headers },
        body,
        ...(variants
          ? {
              setupRequest: (req: Record<string, unknown>, context: { variant?: number }) => {
                const v = nextVariant++ % variants.length;
                context.variant = v;
                return {
                  ...req,
                  body: JSON.stringify({ query: t.query, variables: variants[v].variables }),
                };
              },
            }
          : {}),
        onResponse: (status: number, text: string, context: { variant?: number }) => {
          const why = checkBody(
            status,
            text,
            variants && context.variant !== undefined ? variants[context.variant].check : t.check,
          );
          if (why) {
            wrong += 1;
            tally.wrong += 1;
            note(why);
          } else {
            ok += 1;
            tally.ok += 1;
          }
        },
      },
    ],
    setupClient: (client: Client) => {
      client.on('response', (_s, _b, ms) => latencies.push(ms));
      if (o.openRate) staggerOneRequestPerSecond(client, index++, o.connections);
    },
  } as never);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const r = result as unknown as { errors: number; timeouts: number; non2xx: number };
  if (r.errors) note(`${r.errors} socket errors`);
  if (r.timeouts) note(`${r.timeouts} timeouts`);
  // non-2xx responses are already counted as wrong by their check.
  const errors = wrong + r.errors + r.timeouts;
  return {
    label,
    connections: o.connections,
    seconds,
    ok,
    rps: ok / seconds,
    latency: summarize(latencies),
    errors,
    errorSamples,
    targetRate: o.openRate,
  };
}

/**
 * autocannon's rate limit gives each connection a budget per second that it spends back to back at
 * the start of the second, all connections in step. For an open loop each connection here sends
 * exactly one request per second, and connection i sends it i/n of a second after connection 0:
 * n connections make n evenly spaced arrivals per second, whatever the latency (up to 1 s; a slower
 * answer delays that connection's next request, which the achieved rate then shows).
 */
function staggerOneRequestPerSecond(client: Client, i: number, n: number): void {
  // Hold the request autocannon sends on connect; the staggered tick below sends it instead.
  client.reqsMadeThisSecond = Number.POSITIVE_INFINITY;
  setImmediate(() => {
    if (client.rateInterval) clearInterval(client.rateInterval);
    const tick = () => {
      client.reqsMadeThisSecond = 0;
      if (client.paused) {
        client.paused = false;
        client._doRequest();
      }
    };
    const first = setTimeout(
      () => {
        tick();
        client.rateInterval = setInterval(tick, 1000);
      },
      Math.round((i / n) * 1000),
    );
    client.rateInterval = first as unknown as NodeJS.Timeout;
  });
}

/** Closed loop: `connections` clients, each sends its next request when the last one is answered. */
export function closedLoop(
  label: string,
  t: Target,
  connections: number,
  seconds: number,
): Promise<PhaseResult> {
  return run(label, t, { connections, seconds });
}

/** Open loop at a fixed arrival rate (requests per second), evenly spaced. */
export function openLoop(
  label: string,
  t: Target,
  rate: number,
  seconds: number,
): Promise<PhaseResult> {
  const n = Math.max(1, Math.round(rate));
  return run(label, t, { connections: n, seconds, openRate: n });
}

/** One request, checked; for warm-ups that must also prove the target answers right. */
export async function once(t: Target): Promise<any> {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...t.headers },
    body: JSON.stringify({ query: t.query, variables: t.variables }),
    signal: AbortSignal.timeout(60000),
  });
  const text = await res.text();
  const why = checkBody(res.status, text, t.check);
  if (why) {
    tally.wrong += 1;
    throw new Error(`${t.url}: ${why}`);
  }
  tally.ok += 1;
  return JSON.parse(text).data;
}
