import { Field, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { prefixRange } from '../../../shared/codes';

@ObjectType({ description: '考核督办指标 the accountability subgraph\'s indicators for a region, computed by code prefix' })
export class AccountabilityIndicators {
  @Field(() => Int, { description: '书记项目数 AccountabilityProject rows under the region' })
  projects!: number;

  @Field(() => Int, { description: '覆盖网格数 grids with at least one row' })
  gridsCovered!: number;
}

/** One aggregate statement on the grid code index; no row is looped over in JavaScript. */
export async function computeAccountabilityIndicators(ds: DataSource, prefix: string): Promise<AccountabilityIndicators> {
  const { lo, hi } = prefixRange(prefix);
  const [row] = await ds.query('SELECT COUNT(*) AS n, COUNT(DISTINCT grid_code) AS g FROM accountability_projects WHERE grid_code >= ? AND grid_code < ?', [lo, hi]);
  return { projects: Number(row?.n ?? 0), gridsCovered: Number(row?.g ?? 0) };
}
