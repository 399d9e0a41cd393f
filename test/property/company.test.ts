import { creditCodeProblem } from '../../services/property/company/credit-code';
import { startPropertyHarness, codeOf } from './harness';
import { forThisFile } from '../helpers/for-this-file';

const h = forThisFile(() => startPropertyHarness());

const REGISTER =
  'mutation($i: RegisterCompanyInput!) { registerPropertyCompany(input: $i) { id creditCode regionCode stateOwned partyOrganization { id } } }';
const countCompanies = async () =>
  (await h.running.dataSource.query('SELECT COUNT(*) AS n FROM property_companies'))[0].n;

describe('unified social credit code (GB 32100)', () => {
  // Published codes of real companies, checked by hand against the standard's weights.
  test.each([
    '91350100M000100Y43',
    '91110000600037341L',
    '911100001000054748',
    '91310000MA1FL4B24G',
  ])('%s is accepted', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
  });

  test.each([
    ['91350100M000100Y44', /check character/],
    ['91350100M000100Y4', /18 characters/],
    ['91350100M000100I43', /not allowed/],
    ['91ABCDEFM000100Y43', /division code/],
  ])('%s is refused (%s)', (code, reason) => {
    expect(creditCodeProblem(code)).toMatch(reason);
  });

  test('a company with a wrong check character is refused with BAD_USER_INPUT and nothing is stored', async () => {
    const before = Number(await countCompanies());
    const r = await h.gql(REGISTER, {
      i: { name: '白山市安居物业服务有限公司', creditCode: '91220600MA0Y12345X' },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/check character/);
    expect(JSON.stringify(r)).not.toMatch(/stacktrace/);
    expect(Number(await countCompanies())).toBe(before);
  });

  test('a valid code is stored upper-cased with its registering division, and its party organisation is a reference', async () => {
    const r = await h.gql(REGISTER, {
      i: {
        name: '上海某物业有限公司',
        creditCode: '91310000ma1fl4b24g',
        stateOwned: true,
        partyOrganizationId: '12',
      },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.registerPropertyCompany).toMatchObject({
      creditCode: '91310000MA1FL4B24G',
      regionCode: '310000',
      stateOwned: true,
      partyOrganization: { id: '12' },
    });
  });

  test('the same code twice is a CONFLICT, also when both requests arrive at once', async () => {
    const once = await h.gql(REGISTER, {
      i: { name: '北京某物业有限公司', creditCode: '91110000600037341L' },
    });
    expect(once.errors).toBeUndefined();
    expect(
      codeOf(await h.gql(REGISTER, { i: { name: '重复', creditCode: '91110000600037341L' } })),
    ).toBe('CONFLICT');
    const racing = await Promise.all(
      [1, 2, 3, 4].map(() =>
        h.gql(REGISTER, { i: { name: '并发物业', creditCode: '911100001000054748' } }),
      ),
    );
    expect(racing.filter((r) => !r.errors)).toHaveLength(1);
    expect(racing.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(3);
  });

  test('every demo company has a valid code, and the API returns it with its compounds', async () => {
    for (const c of h.city.property.companies) expect(creditCodeProblem(c.creditCode)).toBeNull();
    const company = h.city.property.companies[0];
    const r = await h.gql(
      'query($id: ID!) { propertyCompany(id: $id) { name compounds { id } } }',
      { id: String(company.id) },
    );
    expect(r.data.propertyCompany.compounds.map((c: { id: string }) => Number(c.id))).toEqual(
      h.city.property.compounds.filter((c) => c.companyId === company.id).map((c) => c.id),
    );
  });
});
