import { createDataSource } from '../../shared/data-source';
import { generateCity } from '../../services/demo-city';
import { SUBGRAPHS } from '../../services/registry';
import { computeGridIndicators } from '../../services/grid/region/region-indicators';
import { computePropertyIndicators } from '../../services/property/region/compute-indicators';
import { computeUrbanIndicators } from '../../services/urban/extensions/urban-indicators';
import { previousQuarter, quarterOf } from '../../services/property/calendar';
import { auditDataOf } from '../../scripts/audit/data';
import { audit } from '../../scripts/audit/report';
import { createTestDb } from '../helpers/db';
import { indicatorClock } from '../../shared/as-of';

const SEED = 20210104;
const DAYS = ['2025-06-01', '2026-06-01', '2027-06-01'];
const CITY = '220600';
const dbs: { drop(services: string[]): Promise<void> }[] = [];
const SERVICES = ['grid', 'property', 'urban', 'party'];

afterAll(async () => {
  for (const db of dbs) await db.drop(SERVICES);
});

/** Seeds the subgraphs whose indicators move with time for a city anchored on `day`, and reads them as of that day. */
async function indicatorsOn(day: string) {
  const city = generateCity('demo', SEED, day);
  const db = createTestDb();
  dbs.push(db);
  const open = async (name: string) => {
    const mod = SUBGRAPHS.find((m) => m.name === name)!;
    const { dataSource } = await createDataSource({
      service: name,
      db: db.config,
      entities: mod.entities,
      migrations: mod.migrations,
    });
    await mod.seed(dataSource, city, () => {});
    return dataSource;
  };
  const [grid, property, urban] = await Promise.all(SERVICES.slice(0, 3).map(open));
  try {
    return {
      city,
      grid: await computeGridIndicators(grid, CITY, indicatorClock(day)),
      property: await computePropertyIndicators(
        property,
        CITY,
        day,
        previousQuarter(quarterOf(day)),
      ),
      urban: await computeUrbanIndicators(urban, CITY, indicatorClock(day)),
    };
  } finally {
    await Promise.all([grid, property, urban].map((ds) => ds.destroy()));
  }
}

describe('a demo city anchored on its reference day', () => {
  test.each(DAYS)(
    'seeded for %s, it is alive on that day',
    async (day) => {
      const { city, grid, property, urban } = await indicatorsOn(day);
      expect(city.now.toISOString().slice(0, 10)).toBe(day);
      expect(audit(auditDataOf(city))).toEqual([]);
      // Some cases open, not all of them overdue.
      expect(grid.openCases).toBeGreaterThan(0);
      expect(grid.overdueCases).toBeLessThan(grid.openCases);
      // Patrols this month, red properties, last quarter evaluated, last month disclosed.
      expect(urban.inspectionsLast30Days).toBeGreaterThan(0);
      expect(property.redProperties).toBeGreaterThan(0);
      expect(property.evaluations).toBeGreaterThan(0);
      expect(property.averageEvaluationScore).not.toBeNull();
      expect(property.disclosureMonthsPublished).toBeGreaterThan(0);
    },
    120_000,
  );

  test('the same seed and day give the same city; another day moves its dates with it', () => {
    const a = generateCity('demo', SEED, DAYS[0]);
    expect(generateCity('demo', SEED, DAYS[0])).toEqual(a);
    const b = generateCity('demo', SEED, DAYS[1]);
    expect(b.grid.cases.length).toBeGreaterThan(0);
    expect(Math.max(...b.grid.cases.map((c) => c.reportedAt.getTime()))).toBeLessThanOrEqual(
      b.now.getTime(),
    );
    expect(Math.max(...b.grid.cases.map((c) => c.reportedAt.getTime()))).toBeGreaterThan(
      a.now.getTime(),
    );
  });
});

describe('indicators as the seeds mean them', () => {
  test('members under grid management never exceed members, at every level of a demo city', async () => {
    const { computePartyIndicators } =
      await import('../../services/party/region/region-indicators');
    const city = generateCity('demo', SEED, DAYS[1]);
    const db = createTestDb();
    dbs.push(db);
    const mod = SUBGRAPHS.find((m) => m.name === 'party')!;
    const { dataSource } = await createDataSource({
      service: 'party',
      db: db.config,
      entities: mod.entities,
      migrations: mod.migrations,
    });
    try {
      await mod.seed(dataSource, city, () => {});
      let reporting = 0;
      for (const r of city.geography.regions) {
        const p = await computePartyIndicators(dataSource, r.code, null, indicatorClock(DAYS[1]));
        expect(p.membersUnderGridManagement).toBeLessThanOrEqual(p.members);
        if (r.level === 'COMMUNITY') reporting += p.dualReportingMembers;
      }
      // In-service members of city-level committees who dual-report are counted where they serve.
      expect(reporting).toBeGreaterThan(0);
    } finally {
      await dataSource.destroy();
    }
  }, 120_000);
});
