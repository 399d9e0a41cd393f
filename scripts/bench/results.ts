import type { BenchOptions } from './options';
import type { Machine } from './machine';
import type { SeedCache } from './seed-cache';
import type { PassThroughResult } from './scenarios/passthrough';
import type { PictureResult } from './scenarios/picture';
import type { BatchingRun } from './scenarios/batching';
import type { RollupSet } from './scenarios/rollups';
import type { AuthCost } from './auth-cost';

/** Scenario 6: the gateway's plan cache and memory over the run. */
export interface Health {
  plansBeforeWarmup: number;
  plansAfterWarmup: number;
  plansAtEnd: number;
  rssStart: number;
  rssEnd: number;
  heapStart: number;
  heapEnd: number;
  hiveRssStart: number;
  hiveRssEnd: number;
  hiveRustRssStart: number;
  hiveRustRssEnd: number;
  /** Requests our gateway served in the measured window. */
  requests: number;
}

export interface CityResults {
  cityCode: string;
  richGrid: { code: string; statements: number };
  codes: string[];
  passThrough: PassThroughResult;
  picture: PictureResult;
  rollupsCity: RollupSet;
  batchingOn: BatchingRun;
  health: Health;
  auth: AuthCost;
  /** The community → city chain the roll-ups used, for the 10x run to repeat. */
  chain: import('./picks').RegionPick[];
  /** Where our gateway's CPU goes on each load, from a profiled second instance. */
  profiles: { passThrough: import('./profile').Breakdown; picture: import('./profile').Breakdown };
}

export interface ExtraResults {
  batchingOff: BatchingRun;
  rollupsBig: RollupSet[];
}

export interface BenchResults extends CityResults, ExtraResults {
  opts: BenchOptions;
  machine: Machine;
  seeds: SeedCache[];
  problems: string[];
  loadEnd: number[];
  wallSeconds: number;
  date: string;
}
