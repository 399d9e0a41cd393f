import { generateCity, type DemoCity } from '../../services/demo-city';
import { propertyService } from '../../services/property/service';
import { startHarness, type Harness } from '../helpers/harness';

export { codeOf } from '../helpers/harness';

/** The property subgraph alone over a fresh database seeded with a demo city (the shared harness). */
export interface PropertyHarness extends Harness {
  city: DemoCity;
}

export async function startPropertyHarness(
  seed = 20210104,
  batch = true,
): Promise<PropertyHarness> {
  const city = generateCity('demo', seed);
  return { city, ...(await startHarness(propertyService, { city, batch })) };
}

export const daysAgo = (n: number): string =>
  new Date(Date.now() - n * 86400000).toISOString().slice(0, 10);

let fixtureSeq = 0;

/** A valid 18-character credit code, different on every call (the check character from the same standard). */
export function freshCreditCode(division = '999901'): string {
  const { creditCodeCheckChar } =
    require('../../services/property/company/credit-code') as typeof import('../../services/property/company/credit-code');
  const body = String(Date.now() % 1e5).padStart(5, '0') + String(++fixtureSeq).padStart(4, '0');
  return `91${division}${body}` + creditCodeCheckChar(`91${division}${body}`);
}

/** Registers a company through the API and returns its id. */
export async function createCompany(
  h: PropertyHarness,
  partyOrganizationId: string | null = null,
): Promise<string> {
  const r = await h.gql(
    'mutation($i: RegisterCompanyInput!) { registerPropertyCompany(input: $i) { id } }',
    {
      i: {
        name: `测试物业${++fixtureSeq}有限公司`,
        creditCode: freshCreditCode(),
        stateOwned: false,
        partyOrganizationId,
      },
    },
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.registerPropertyCompany.id;
}

/** Registers a compound in a fictional region (999…) so demo figures elsewhere are untouched; returns id and grid code. */
export async function createCompound(
  h: PropertyHarness,
  mode = 'NONE',
  companyId: string | null = null,
  since = '2020-01-01',
) {
  const gridCode = `999999${String(++fixtureSeq).padStart(9, '0')}`;
  const r = await h.gql(
    'mutation($i: RegisterCompoundInput!) { registerCompound(input: $i) { id gridCode } }',
    {
      i: {
        name: `测试小区${fixtureSeq}`,
        gridCode,
        households: 200,
        buildings: 6,
        mode,
        companyId,
        since,
      },
    },
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return { id: r.data.registerCompound.id as string, gridCode };
}
