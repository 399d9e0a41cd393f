import { ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { prefixRange } from '../../../shared/codes';
import { KeyCount, countUnder, ratio, sumCounts, toKeyCounts } from '../../../shared/indicators';
import { UrbanComponentKind } from '../component/component.entity';
import type { IndicatorClock } from '../../../shared/as-of';
import { Out } from '../../../shared/output-fields';

@ObjectType({ description: '各类部件状况 components of one kind, by condition' })
export class UrbanKindCount {
  @Out.of(() => UrbanComponentKind, '类型 kind')
  kind!: UrbanComponentKind;

  @Out.int('合计 all of this kind')
  total!: number;

  @Out.int('完好 good')
  good!: number;

  @Out.int('破损 damaged')
  damaged!: number;

  @Out.int('缺失 missing')
  missing!: number;
}

@ObjectType({
  description:
    "城管指标 the urban subgraph's indicators for a region, computed by code prefix. Inspections are counted over the 30 days ending on asOf; components and tickets as on record now",
})
export class UrbanIndicators {
  @Out.int('部件总数 components in the inventory')
  components!: number;

  @Out.of(() => [UrbanKindCount], '各类部件 components by kind and condition')
  componentsByKind!: UrbanKindCount[];

  @Out.of(() => [KeyCount], '各状况部件 components by condition')
  componentsByCondition!: KeyCount[];

  @Out.int('破损或缺失 components damaged or missing')
  damagedOrMissing!: number;

  @Out.float('破损缺失率 damaged or missing over all components (null when none)', {
    nullable: true,
  })
  damagedOrMissingRate!: number | null;

  @Out.int('近30天巡查 inspections on the 30 days ending on asOf (asOf and the 29 days before it)')
  inspectionsLast30Days!: number;

  @Out.int('城管工单 cases dispatched to urban management (tickets opened)')
  tickets!: number;
}

/** Three GROUP BY / COUNT statements on the grid code indexes; rows are never looped over in JavaScript. */
export async function computeUrbanIndicators(
  ds: DataSource,
  prefix: string,
  clock: IndicatorClock,
): Promise<UrbanIndicators> {
  const { lo, hi } = prefixRange(prefix);
  const [kindRows, inspections, tickets] = await Promise.all([
    ds.query(
      `SELECT kind AS k, current_condition AS c, COUNT(*) AS n FROM urban_components
        WHERE grid_code >= ? AND grid_code < ? GROUP BY kind, current_condition ORDER BY kind, current_condition`,
      [lo, hi],
    ),
    countUnder(
      ds,
      'urban_inspections',
      'grid_code',
      prefix,
      'inspected_on >= ? AND inspected_on <= ?',
      [clock.firstDay(30), clock.day],
    ),
    countUnder(ds, 'urban_tickets', 'grid_code', prefix),
  ]);
  const byKind = new Map<string, UrbanKindCount>();
  const byCondition = new Map<string, number>();
  for (const r of kindRows as { k: string; c: string; n: number | string }[]) {
    const row = byKind.get(r.k) ?? {
      kind: r.k as UrbanComponentKind,
      total: 0,
      good: 0,
      damaged: 0,
      missing: 0,
    };
    const n = Number(r.n);
    row.total += n;
    if (r.c === 'GOOD') row.good += n;
    if (r.c === 'DAMAGED') row.damaged += n;
    if (r.c === 'MISSING') row.missing += n;
    byKind.set(r.k, row);
    byCondition.set(r.c, (byCondition.get(r.c) ?? 0) + n);
  }
  const componentsByCondition = toKeyCounts(
    [...byCondition].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => ({ k, n })),
  );
  const components = sumCounts(componentsByCondition);
  const damagedOrMissing = sumCounts(componentsByCondition, (k) => k !== 'GOOD');
  return {
    components,
    componentsByKind: [...byKind.values()],
    componentsByCondition,
    damagedOrMissing,
    damagedOrMissingRate: ratio(damagedOrMissing, components),
    inspectionsLast30Days: inspections,
    tickets,
  };
}
