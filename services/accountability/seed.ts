import type { DataSource } from 'typeorm';
import type { DemoCity } from '../../shared/demo/city';
import { Rng } from '../../shared/demo/random';
import { DEMO_NOW } from '../../shared/demo/grid';
import { insertAll } from '../../shared/seed-writer';
import { AccountabilityProject } from './project/project.entity';

const DAY = 86400000;

/** This subgraph's part of the demo city: one to three rows per basic grid, from its own random stream. */
export function demoAccountabilityRows(city: DemoCity): AccountabilityProject[] {
  const rng = new Rng(city.seed).fork('accountability');
  const rows: AccountabilityProject[] = [];
  for (const g of city.geography.grids) {
    if (g.level !== 'BASIC') continue;
    for (let i = rng.int(1, 3); i > 0; i--) {
      const id = rows.length + 1;
      rows.push(Object.assign(new AccountabilityProject(), {
        id, gridCode: g.code, label: `${g.name}书记项目${id}`, caseId: null, recordedAt: new Date(DEMO_NOW.getTime() - rng.int(1, 365) * DAY),
      }));
    }
  }
  return rows;
}

export async function seedAccountability(ds: DataSource, city: DemoCity, progress: (msg: string) => void): Promise<void> {
  await insertAll(ds, AccountabilityProject, demoAccountabilityRows(city), progress, 'accountability_projects');
}
