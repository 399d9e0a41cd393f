import { setPersonalDataPolicy } from '../../shared/personal-data';
import { startPropertyHarness, createCompany, createCompound, codeOf } from './harness';
import { forThisFile } from '../helpers/for-this-file';

const h = forThisFile(() => startPropertyHarness());
afterAll(() => setPersonalDataPolicy(() => true));

const FORM =
  'mutation($i: FormCommitteeInput!) { formOwnersCommittee(input: $i) { id termStart termEnd members { name phone role partyMember { id } crossAppointed } } }';
const member = (
  name: string,
  role = 'MEMBER',
  partyMemberId: string | null = null,
  crossAppointed = false,
) => ({ name, phone: '13812345678', role, partyMemberId, crossAppointed });
const MEMBERS = [
  member('张伟', 'DIRECTOR', '501', true),
  member('李娜', 'DEPUTY_DIRECTOR', '502'),
  member('王强'),
  member('刘洋'),
  member('陈静'),
];
const COVERAGE = `query($r: [_Any!]!, $asOf: LocalDate) { _entities(representations: $r) { ... on Region {
  propertyIndicators(asOf: $asOf) { committeeCompounds servedCompoundsWithCommittee committeeCoverage committeeCoverageOfAllCompounds
    committeeMembers partyCommitteeMembers partyShareOfCommitteeMembers crossAppointedCommitteeMembers } } } }`;

describe("owners' committees (业委会)", () => {
  test('a committee counts for coverage and party share only inside its term', async () => {
    const { id, gridCode } = await createCompound(h, 'PROFESSIONAL', await createCompany(h));
    const r = await h.gql(FORM, {
      i: { compoundId: id, termStart: '2022-03-01', termEnd: '2025-02-28', members: MEMBERS },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.formOwnersCommittee.members[0]).toEqual({
      name: '张伟',
      phone: '13812345678',
      role: 'DIRECTOR',
      partyMember: { id: '501' },
      crossAppointed: true,
    });
    const at = async (asOf: string) =>
      (await h.gql(COVERAGE, { r: [{ __typename: 'Region', code: gridCode }], asOf })).data
        ._entities[0].propertyIndicators;
    expect(await at('2024-06-01')).toEqual({
      committeeCompounds: 1,
      servedCompoundsWithCommittee: 1,
      committeeCoverage: 1,
      committeeCoverageOfAllCompounds: 1,
      committeeMembers: 5,
      partyCommitteeMembers: 2,
      partyShareOfCommitteeMembers: 0.4,
      crossAppointedCommitteeMembers: 1,
    });
    expect(await at('2025-03-01')).toMatchObject({
      committeeCompounds: 0,
      committeeCoverage: 0,
      committeeCoverageOfAllCompounds: 0,
      committeeMembers: 0,
      partyShareOfCommitteeMembers: null,
    });
  });

  test("the committee rate is over 物业小区: a quasi-property compound's committee counts only in the broader variant", async () => {
    const { id, gridCode } = await createCompound(h, 'QUASI');
    const r = await h.gql(FORM, {
      i: { compoundId: id, termStart: '2022-03-01', termEnd: '2025-02-28', members: MEMBERS },
    });
    expect(r.errors).toBeUndefined();
    const got = (
      await h.gql(COVERAGE, { r: [{ __typename: 'Region', code: gridCode }], asOf: '2024-06-01' })
    ).data._entities[0].propertyIndicators;
    expect(got).toMatchObject({
      committeeCompounds: 1,
      servedCompoundsWithCommittee: 0,
      committeeCoverage: null,
      committeeCoverageOfAllCompounds: 1,
    });
  });

  test('an overlapping term, a term over five years, two directors or too few members is refused', async () => {
    const { id } = await createCompound(h);
    const form = (i: Record<string, unknown>) =>
      h.gql(FORM, {
        i: {
          compoundId: id,
          termStart: '2023-01-01',
          termEnd: '2025-12-31',
          members: MEMBERS,
          ...i,
        },
      });
    expect((await form({})).errors).toBeUndefined();
    expect(codeOf(await form({ termStart: '2025-06-01', termEnd: '2027-05-31' }))).toBe('CONFLICT');
    expect(codeOf(await form({ termStart: '2026-01-01', termEnd: '2031-06-01' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(
        await form({
          termStart: '2026-01-01',
          termEnd: '2028-12-31',
          members: [...MEMBERS, member('赵敏', 'DIRECTOR')],
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await form({
          termStart: '2026-01-01',
          termEnd: '2028-12-31',
          members: MEMBERS.slice(0, 2),
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const [{ n }] = await h.running.dataSource.query(
      'SELECT COUNT(*) AS n FROM owners_committees WHERE compound_id = ?',
      [Number(id)],
    );
    expect(Number(n)).toBe(1);
  });

  test("owners' names and phone numbers are personal data that the masking policy hides", async () => {
    const { id } = await createCompound(h);
    await h.gql(FORM, {
      i: { compoundId: id, termStart: '2024-01-01', termEnd: '2028-12-31', members: MEMBERS },
    });
    setPersonalDataPolicy(() => false);
    try {
      const r = await h.gql(
        'query($id: ID!) { compound(id: $id) { ownersCommittee { members { name phone } } } }',
        { id },
      );
      expect(r.data.compound.ownersCommittee.members[0]).toEqual({
        name: '张*',
        phone: '138****5678',
      });
    } finally {
      setPersonalDataPolicy(() => true);
    }
  });
});
