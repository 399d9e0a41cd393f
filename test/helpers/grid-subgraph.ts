import { generateCity, type DemoCity } from '../../services/demo-city';
import { gridService } from '../../services/grid/service';
import { startHarness, type Harness } from './harness';

/** The grid subgraph alone over a fresh demo city (the shared harness, with the city it was seeded with). */
export interface GridHarness extends Harness {
  city: DemoCity;
}

export async function startGridHarness(seed = 20210104): Promise<GridHarness> {
  const city = generateCity('demo', seed);
  return { city, ...(await startHarness(gridService, { city })) };
}
