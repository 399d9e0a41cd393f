import { startPropertyHarness, createCompany, createCompound, codeOf, daysAgo } from './harness';
import { forThisFile } from '../helpers/for-this-file';

const h = forThisFile(() => startPropertyHarness());

const RED = 'query($id: ID!, $asOf: String) { compound(id: $id) { redProperty(asOf: $asOf) } }';
const INDICATORS = `query($r: [_Any!]!, $asOf: LocalDate) { _entities(representations: $r) { ... on Region {
  propertyIndicators(asOf: $asOf) { compounds servedCompounds serviceCoverage redProperties compoundsByMode { key count } } } } }`;
const meet = (compoundId: string, heldOn: string, companyId: string | null) =>
  h.gql('mutation($i: HoldMeetingInput!) { holdLinkageMeeting(input: $i) { id } }', {
    i: {
      compoundId,
      heldOn,
      topic: '物业费调整听证',
      companyId,
      otherParties: ['派出所'],
      decisions: [{ content: '提交业主大会表决' }],
    },
  });
const red = async (id: string, asOf?: string) =>
  (await h.gql(RED, { id, asOf })).data.compound.redProperty;

describe('red property (红色物业), derived and never stored', () => {
  test('a compound is red only when its company has a party organisation and a meeting was held in the last three months', async () => {
    const company = await createCompany(h);
    const { id } = await createCompound(h, 'PROFESSIONAL', company);
    expect(await red(id)).toBe(false);
    expect((await meet(id, daysAgo(10), company)).errors).toBeUndefined();
    expect(await red(id)).toBe(false); // meeting, but no party organisation yet
    const set = await h.gql(
      'mutation($c: ID!) { setCompanyPartyOrganization(companyId: $c, partyOrganizationId: "42") { partyOrganization { id } } }',
      { c: company },
    );
    expect(set.data.setCompanyPartyOrganization.partyOrganization).toEqual({ id: '42' });
    expect(await red(id)).toBe(true);
    // The same compound four months on, with no new meeting, is no longer red.
    expect(await red(id, new Date(Date.now() + 120 * 86400000).toISOString().slice(0, 10))).toBe(
      false,
    );
  });

  test('a meeting older than three months does not make a compound red', async () => {
    const company = await createCompany(h, '7');
    const { id } = await createCompound(h, 'PROFESSIONAL', company);
    await meet(id, daysAgo(100), company);
    expect(await red(id)).toBe(false);
    expect(await red(id, daysAgo(95))).toBe(true);
  });

  test('the region count of red properties agrees with the derived field', async () => {
    const company = await createCompany(h, '8');
    const a = await createCompound(h, 'PROFESSIONAL', company);
    const b = await createCompound(h, 'PROFESSIONAL', company);
    await meet(a.id, daysAgo(5), company);
    const count = async (code: string) =>
      (await h.gql(INDICATORS, { r: [{ __typename: 'Region', code }] })).data._entities[0]
        .propertyIndicators.redProperties;
    expect([await count(a.gridCode), await count(b.gridCode)]).toEqual([1, 0]);
    expect([await red(a.id), await red(b.id)]).toEqual([true, false]);
  });
});

describe('management mode history and "as of" coverage', () => {
  test('a change of mode is dated, and coverage as of a date sees the mode then in force', async () => {
    const company = await createCompany(h);
    const { id, gridCode } = await createCompound(h, 'NONE', null, '2020-01-01');
    const r = await h.gql(
      'mutation($i: ChangeManagementInput!) { changeCompoundManagement(input: $i) { managementMode managementSince } }',
      {
        i: { compoundId: id, mode: 'PROFESSIONAL', companyId: company, effectiveOn: '2024-05-01' },
      },
    );
    expect(r.data.changeCompoundManagement).toEqual({
      managementMode: 'PROFESSIONAL',
      managementSince: '2024-05-01',
    });
    const at = async (asOf: string) =>
      (await h.gql(INDICATORS, { r: [{ __typename: 'Region', code: gridCode }], asOf })).data
        ._entities[0].propertyIndicators;
    expect(await at('2019-12-31')).toMatchObject({ compounds: 0, serviceCoverage: null });
    expect(await at('2024-04-30')).toMatchObject({
      compounds: 1,
      servedCompounds: 0,
      compoundsByMode: [{ key: 'NONE', count: 1 }],
    });
    expect(await at('2024-05-01')).toMatchObject({
      compounds: 1,
      servedCompounds: 1,
      serviceCoverage: 1,
    });
    const history = await h.gql(
      'query($id: ID!) { compound(id: $id) { managementHistory { managementMode effectiveOn company { id } } } }',
      { id },
    );
    expect(history.data.compound.managementHistory).toEqual([
      { managementMode: 'NONE', effectiveOn: '2020-01-01', company: null },
      { managementMode: 'PROFESSIONAL', effectiveOn: '2024-05-01', company: { id: company } },
    ]);
  });

  test('a change dated before the one in force, a professional mode without a company, or a future date is refused and writes nothing', async () => {
    const { id } = await createCompound(h, 'NONE', null, '2023-01-01');
    const change = (i: Record<string, unknown>) =>
      h.gql('mutation($i: ChangeManagementInput!) { changeCompoundManagement(input: $i) { id } }', {
        i: { compoundId: id, ...i },
      });
    expect(codeOf(await change({ mode: 'QUASI', effectiveOn: '2022-12-31' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await change({ mode: 'PROFESSIONAL', effectiveOn: '2024-01-01' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await change({ mode: 'QUASI', effectiveOn: '2999-01-01' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(
        await change({ mode: 'PROFESSIONAL', companyId: '999999', effectiveOn: '2024-01-01' }),
      ),
    ).toBe('NOT_FOUND');
    const history = await h.gql(
      'query($id: ID!) { compound(id: $id) { managementMode managementHistory { id } } }',
      { id },
    );
    expect(history.data.compound).toMatchObject({
      managementMode: 'NONE',
      managementHistory: [expect.anything()],
    });
  });
});
