import type { BenchResults } from './results';
import type { PhaseResult } from './load';
import type { Measured } from './cpu';
import type { BatchingRun } from './scenarios/batching';
import type { RollupSet } from './scenarios/rollups';
import { growthExponent, ms, num, ratio } from './stats';
import type { Breakdown } from './profile';

const cpuCols = (m: Measured, keys: string[]) => keys.map((k) => ms(m.cpu[k])).join(' | ');

export function breakdownTable(b: Breakdown): string {
  return [
    '| part of our gateway | share of its CPU |',
    '|---|---|',
    ...b.filter((x) => x.percent >= 0.5).map((x) => `| ${x.part} | ${num(x.percent, 1)}% |`),
  ].join('\n');
}

export function phaseTable(rows: (PhaseResult | Measured)[], cpuKeys: string[] = []): string {
  const head = `| phase | connections | req/s | p50 ms | p95 ms | p99 ms | errors${cpuKeys.map((k) => ` | ${k} CPU ms/req`).join('')} |`;
  const sep = `|${'---|'.repeat(7 + cpuKeys.length)}`;
  const body = rows.map((r) => {
    const rate = r.targetRate ? `${num(r.rps, 1)} (asked ${r.targetRate})` : num(r.rps, 1);
    const cpu = cpuKeys.length ? ` | ${cpuCols(r as Measured, cpuKeys)}` : '';
    return `| ${r.label} | ${r.connections} | ${rate} | ${ms(r.latency.p50)} | ${ms(r.latency.p95)} | ${ms(r.latency.p99)} | ${r.errors}${cpu} |`;
  });
  return [head, sep, ...body].join('\n');
}

function batchingTable(run: BatchingRun): string {
  const subgraphs = Object.keys(run.counts[0].perSubgraph);
  return [
    `| grids | ${subgraphs.join(' | ')} | total |`,
    `|${'---|'.repeat(subgraphs.length + 2)}`,
    ...run.counts.map(
      (c) => `| ${c.grids} | ${subgraphs.map((s) => c.perSubgraph[s]).join(' | ')} | ${c.total} |`,
    ),
  ].join('\n');
}

function rollupTable(set: RollupSet): string {
  const first = set.rows[0];
  return [
    `**\`${set.scale}\` scale, ${set.what}**`,
    '',
    '| level | code | name | rows covered | p50 ms | p95 ms | req/s (1 conn) | errors | growth vs. community | mean fetch ms per subgraph |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...set.rows.map((r) => {
      const g =
        r === first
          ? '–'
          : `rows x${num(r.rows / first.rows, 1)}, p50 x${num(r.latency.p50 / first.latency.p50, 1)} (exponent ${ratio(growthExponent(first.rows, first.latency.p50, r.rows, r.latency.p50))})`;
      const f = Object.entries(r.fetchMs)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${ms(v)}`)
        .join(', ');
      return `| ${r.level} | ${r.code} | ${r.name} | ${r.rows.toLocaleString('en')} | ${ms(r.latency.p50)} | ${ms(r.latency.p95)} | ${num(r.rps, 1)} | ${r.errors} | ${g} | ${f} |`;
    }),
  ].join('\n');
}

/** Why the pass-through ratio misses its target, from this run's CPU columns and profile. */
function passThroughWhy(r: BenchResults): string {
  const p = r.passThrough;
  const sub = (p.throughput[0].cpu['grid subgraph'] + p.throughput[2].cpu['grid subgraph']) / 2;
  const gw = p.throughput[1].cpu.gateway;
  const top = r.profiles.passThrough
    .slice(0, 3)
    .map((x) => `${x.part} ${num(x.percent, 0)}%`)
    .join(', ');
  return `**Why the ratio is below 0.5, and what would close it.** The query is cheap for the subgraph
(${ms(sub)} ms of CPU per request) and the gateway spends ${ms(gw)} ms of CPU on each one. Both are single
Node processes: direct, throughput is capped by the subgraph's thread at about 1000 / ${ms(sub)} req/s;
through the gateway, by the gateway's thread at about 1000 / ${ms(gw)} req/s, and the 2 cores are shared
with the load generator and whatever else runs. The ratio is therefore bounded by about
${ratio(sub / gw)} (subgraph CPU over gateway CPU per request), whatever the network. The largest parts of the gateway's time are ${top}. What would close it, all in
gateway/ and shared/auth/ (not changed by the benchmark): verify each caller token once and keep the
result until it expires (an LRU keyed by the token), and sign one proof per viewer and reuse it for
most of its 60-second life, instead of two WebCrypto operations per request; HMAC through
node:crypto's synchronous createHmac instead of jose's asynchronous WebCrypto path; a subgraph
fetcher on an undici Pool or a keep-alive http.Agent instead of the global fetch with a new
AbortSignal.timeout per call. A gateway with spare cores (or a second gateway process) would also
lift the ratio, since the gateway's work is parallel to the subgraph's.
`;
}

type Row = RollupSet['rows'][number];

function sameCityText(r: BenchResults, city: Row, big: Row): string {
  const small = (set: RollupSet) => set.rows[0];
  const c0 = small(r.rollupsCity);
  const b0 = small(r.rollupsBig[0]);
  return `
The same regions at \`${r.opts.bigSize}\` scale sit in tables with 10x the rows, with about the same rows under
their codes (the other domains' demo data is drawn across all ten cities, so the counts differ a
little). Whole city: p95 ${ms(big.latency.p95)} ms against ${ms(city.latency.p95)} ms at \`${r.opts.size}\` scale (x${num(big.latency.p95 / city.latency.p95, 2)});
community: p50 ${ms(b0.latency.p50)} ms against ${ms(c0.latency.p50)} ms (x${num(b0.latency.p50 / c0.latency.p50, 2)}). Each subgraph reads a region as a
range scan on an index of its codes, so the large roll-ups follow the rows under the code; what
grows with the table is the fixed part of a small roll-up (the per-subgraph fetch times in the last
column say which subgraph carries it).`;
}

/** Why the whole-city roll-up misses 100 ms, from this run's per-subgraph fetch times. */
function rollupWhy(city: Row): string {
  const [worst, ms1] = Object.entries(city.fetchMs).sort((a, b) => b[1] - a[1])[0] ?? ['–', NaN];
  return `
**Why the whole-city roll-up misses 100 ms at p95, and what would close it.** It covers
${city.rows.toLocaleString('en')} rows, and every roll-up is computed at request time from the rows under the code
(counts, sums, a median of case hours), in four subgraphs that the gateway asks in turn where one
needs another's figures (party's indicators require grid's); the time grows with the rows under the
code (the growth column). The slowest fetch is ${worst} (${ms(ms1)} ms on average). What would close it,
outside the benchmark: keep per-region indicator rows that the writes (or a periodic job) maintain,
so that a region's roll-up reads a few rows instead of aggregating its subtree; or cache region
indicators for a short time (a dashboard can be minutes old); and make each aggregate a covering-index
scan (a composite index on the code and the aggregated columns) so SQLite never visits the table rows.`;
}

export function scenarioSections(r: BenchResults): string {
  const p = r.passThrough;
  const pic = r.picture;
  const ours = [pic.open[0], pic.open[2]];
  const rollupsAll = [r.rollupsCity, ...r.rollupsBig];
  const cityRow = (set: RollupSet) => set.rows.find((x) => x.level === 'CITY');
  const bigSame = r.rollupsBig[0] ? cityRow(r.rollupsBig[0]) : undefined;
  const citySame = cityRow(r.rollupsCity);
  return `## 1. Pass-through

The same single-subgraph query (\`grid(code: "${p.code}")\` with its workers and open cases: the grid
subgraph only), sent straight to the grid subgraph with an \`x-gateway-proof\` the benchmark signs for
the viewer our gateway would forward (the same CITY_ADMIN, so the subgraph does exactly the same
work, masking included), and through our gateway with that viewer's bearer token. Phases run
direct, gateway, direct; the ratio divides by the mean of the two direct phases around it.

${phaseTable(p.throughput, ['gateway', 'grid subgraph', 'load generator'])}

${phaseTable(p.latency)}

**Throughput ratio gateway / direct: ${ratio(p.ratio)}.** **p50 the gateway adds at 1 connection: ${ms(p.addedP50)} ms**
(gateway p50 ${ms(p.latency[1].latency.p50)} ms against direct ${ms(p.latency[0].latency.p50)} / ${ms(p.latency[2].latency.p50)} ms). The CPU columns are
the CPU time each process used in the phase divided by the checked responses: through the gateway,
the gateway's own CPU per request is what a request costs on top of the subgraph's.

Where that gateway CPU goes on this load (a second instance of our gateway under \`node --cpu-prof\`,
after the measured phases; start-up and idle time left out; each sample charged to the nearest
frame from the leaf up that belongs to a part):

${breakdownTable(r.profiles.passThrough)}

${p.ratio < 0.5 ? passThroughWhy(r) : ''}
## 2. The whole picture of a grid

\`gridsByCodes(codes: [code])\` with the whole-picture selection of test/e2e/unified-grid.test.ts
(workers, open cases and their compounds, party branch and members, building groups, centre
households, compounds with company, party organisation, owners' committee and its members' party
membership, evaluations, disclosures, volunteer teams with volunteers, open micro-wishes: four
subgraphs, several entity hops), as CITY_ADMIN. Requests cycle through ${pic.pool.length} grids that have data in
every subgraph (starting with ${pic.code}), one grid per request, so that concurrent requests ask for
different grids as a city's users would (§5 says why this matters). Every answer is checked: the
grid asked for, and its workers, compounds, volunteer teams, open micro-wishes and party branch
exactly as the demo city holds them.

Peak (closed loop, ${r.opts.connections} connections, phases interleaved with Hive Gateway's, §5):
**${num(pic.ourPeak, 1)} req/s** (${num(pic.peak[0].rps, 1)} and ${num(pic.peak[2].rps, 1)}).

Open loop at half that peak, **${pic.rate} req/s**: ${pic.rate} connections each send one request per
second, staggered by 1/${pic.rate} s, so requests arrive evenly whether or not earlier ones have been
answered (autocannon's own rate limit sends each connection's budget back to back at the start of
every second, and its coordinated-omission correction assumes a 1 ms interval, so the benchmark
staggers the connections itself and records each response's latency from when it was sent).

| our gateway | asked req/s | achieved req/s | p50 ms | p95 ms | p99 ms | max ms | errors |
|---|---|---|---|---|---|---|---|
${ours.map((o) => `| ${o.label} | ${o.targetRate} | ${num(o.rps, 1)} | ${ms(o.latency.p50)} | ${ms(o.latency.p95)} | ${ms(o.latency.p99)} | ${ms(o.latency.max)} | ${o.errors} |`).join('\n')}

## 3. Batching: SQL statements per request

Read from each subgraph's \`sql_statements_total\` on /metrics, before and after one request through
the gateway, with nothing else running; each count is taken twice and must repeat. The 1-grid case
is grid ${r.richGrid.code}: of the ${r.opts.quick ? 10 : 25} grids where the most subgraphs have data, the one whose
picture runs the most statements (it must exercise every field path, or 10 and 100 grids would
cost more only because they reach paths the one grid has no data on). 10 and 100 grids are that
grid and its street's (then district's) next grids. Urban is not in the picture query, so it runs none.

With DataLoaders (the product as it runs):

${batchingTable(r.batchingOn)}

**100 grids / 1 grid: ${ratio(r.batchingOn.ratio)}** (every subgraph the same: ${r.batchingOn.flat ? 'yes' : 'no'}).

With \`LOADERS_DISABLED=true\` (subgraphs restarted with it), the same requests:

${batchingTable(r.batchingOff)}

**100 grids / 1 grid: ${ratio(r.batchingOff.ratio)}**: the counter sees the N+1 when it happens.

## 4. Roll-ups as the city grows

\`region(code)\` with the grid, party, property and volunteer indicators (scripts/dashboard-query.ts
without the children), as ANALYST, sequential requests on 1 connection for ${r.opts.rollupSeconds} s per level.
"Rows covered" adds up the roll-up's own counts (grids, workers, cases, party organisations and
members, compounds, volunteer teams and volunteers). The growth exponent is the slope of log(time)
against log(rows) from the community: 1 is linear, 0 is flat.

${rollupsAll.map(rollupTable).join('\n\n')}
${bigSame && citySame ? sameCityText(r, citySame, bigSame) : ''}
${citySame && citySame.latency.p95 > 100 ? rollupWhy(citySame) : ''}`;
}
