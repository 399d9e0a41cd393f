import { generateCity } from '../../services/demo-city';
import { startParty, codeOf } from './party-helpers';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const p = city.party;
const run = forThisFile(() => startParty(city));

const TRANSFER = `mutation($i: TransferPartyMemberInput!) { transferPartyMember(input: $i) {
  id version gridCode regionCode centerHousehold organization { id }
  transfers { reason transferredOn fromRegionCode toRegionCode fromOrganization { id } toOrganization { id } } } }`;
const count = async (sql: string, params: unknown[] = []) =>
  Number((await run.party.dataSource.query(sql, params))[0].n);
const byLevel = (level: string) => p.organizations.filter((o) => o.level === level);
/** Hands the retired members of `from` over to `to` on `on`. */
const handOver = (from: { id: number }, to: { id: number }, on: string) =>
  run.gql('mutation($i: HandOverRetiredMembersInput!) { handOverRetiredMembers(input: $i) }', {
    i: { fromOrganizationId: String(from.id), toOrganizationId: String(to.id), transferredOn: on },
  });

describe('member transfers', () => {
  test('a member moving to a branch in another community keeps the old relation in its history', async () => {
    const m = p.members.find(
      (x) => x.status === 'RESIDENT' && x.gridCode && !p.transfers.some((t) => t.memberId === x.id),
    )!;
    const target = byLevel('GRID_BRANCH').find((o) => o.regionCode !== m.regionCode)!;
    const r = await run.gql(TRANSFER, {
      i: {
        memberId: String(m.id),
        toOrganizationId: String(target.id),
        reason: 'RELOCATION',
        transferredOn: '2026-03-01',
        expectedVersion: 1,
      },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.transferPartyMember).toMatchObject({
      version: 2,
      gridCode: target.gridCode,
      regionCode: target.regionCode,
      organization: { id: String(target.id) },
      transfers: [
        {
          reason: 'RELOCATION',
          transferredOn: '2026-03-01',
          fromRegionCode: m.regionCode,
          toRegionCode: target.regionCode,
          fromOrganization: { id: String(m.organizationId) },
          toOrganization: { id: String(target.id) },
        },
      ],
    });
  });

  test('a transfer with a stale version is refused with CONFLICT and writes no history', async () => {
    const m = p.members.find(
      (x) => x.status === 'RETIRED' && x.gridCode && !p.transfers.some((t) => t.memberId === x.id),
    )!;
    const target = byLevel('GRID_BRANCH').find((o) => o.id !== m.organizationId)!;
    const before = await count('SELECT COUNT(*) AS n FROM party_member_transfers');
    const r = await run.gql(TRANSFER, {
      i: {
        memberId: String(m.id),
        toOrganizationId: String(target.id),
        reason: 'OTHER',
        transferredOn: '2026-03-01',
        expectedVersion: 7,
      },
    });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(await count('SELECT COUNT(*) AS n FROM party_member_transfers')).toBe(before);
  });

  test('a member cannot be transferred to a street working committee nor to its own organisation', async () => {
    const m = p.members[0];
    const street = byLevel('STREET_WORKING_COMMITTEE')[0];
    const input = (to: number) => ({
      i: {
        memberId: String(m.id),
        toOrganizationId: String(to),
        reason: 'OTHER',
        transferredOn: '2026-03-01',
      },
    });
    expect(codeOf(await run.gql(TRANSFER, input(street.id)))).toBe('BAD_USER_INPUT');
    expect(codeOf(await run.gql(TRANSFER, input(m.organizationId)))).toBe('BAD_USER_INPUT');
    expect(codeOf(await run.gql(TRANSFER, input(999999)))).toBe('NOT_FOUND');
  });

  test('two concurrent transfers of one member at the same version: one wins, the other gets CONFLICT', async () => {
    const m = p.members.find(
      (x) =>
        x.status === 'RESIDENT' &&
        x.gridCode &&
        x.id > 50 &&
        !p.transfers.some((t) => t.memberId === x.id),
    )!;
    const [a, b] = byLevel('GRID_BRANCH').filter((o) => o.id !== m.organizationId);
    const send = (to: number) =>
      run.gql(TRANSFER, {
        i: {
          memberId: String(m.id),
          toOrganizationId: String(to),
          reason: 'RELOCATION',
          transferredOn: '2026-04-01',
          expectedVersion: 1,
        },
      });
    const results = await Promise.all([send(a.id), send(b.id)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.map(codeOf).filter(Boolean)).toEqual(['CONFLICT']);
    expect(
      await count('SELECT COUNT(*) AS n FROM party_member_transfers WHERE member_id = ?', [m.id]),
    ).toBe(1);
  });

  test('the retired miners are handed over to a community: relation, region and history move together', async () => {
    const mine = p.organizations.find(
      (o) => o.level === 'ENTERPRISE' && o.name.includes('矿业集团'),
    )!;
    const retired = p.members.filter((m) => m.organizationId === mine.id && m.status === 'RETIRED');
    expect(retired.length).toBeGreaterThan(5);
    const community = byLevel('COMMUNITY_COMMITTEE')[1];
    const r = await handOver(mine, community, '2026-05-01');
    expect(r.errors).toBeUndefined();
    expect(r.data.handOverRetiredMembers).toBe(retired.length);
    expect(
      await count('SELECT COUNT(*) AS n FROM party_members WHERE organization_id = ?', [mine.id]),
    ).toBe(0);
    expect(
      await count(
        "SELECT COUNT(*) AS n FROM party_members WHERE organization_id = ? AND status = 'RETIRED' AND region_code = ?",
        [community.id, community.regionCode],
      ),
    ).toBe(retired.length);
    const one = await run.gql(
      'query($id: ID!) { partyMember(id: $id) { status organization { level } transfers { reason fromOrganization { id } } } }',
      { id: retired[0].id },
    );
    expect(one.data.partyMember).toEqual({
      status: 'RETIRED',
      organization: { level: 'COMMUNITY_COMMITTEE' },
      transfers: [{ reason: 'RETIREMENT_HANDOVER', fromOrganization: { id: String(mine.id) } }],
    });
    const again = await handOver(mine, community, '2026-05-02');
    expect(again.data.handOverRetiredMembers).toBe(0);
  });

  test('retired members are handed over only to a community committee', async () => {
    const mine = p.organizations.find((o) => o.name.includes('矿业集团'))!;
    const branch = byLevel('GRID_BRANCH')[0];
    const r = await handOver(mine, branch, '2026-05-01');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  test('members under a grid are listed with centre-household and status filters', async () => {
    const code = p.members.find((m) => m.centerHousehold)!.gridCode!;
    const r = await run.gql(
      'query($u: String!) { all: partyMembers(under: $u) { totalCount } centre: partyMembers(under: $u, centerHousehold: true) { totalCount items { centerHousehold } } }',
      { u: code },
    );
    expect(r.errors).toBeUndefined();
    // From the database: earlier tests here move members between grids.
    expect(r.data.centre.totalCount).toBe(
      await count(
        `SELECT COUNT(*) AS n FROM party_members m WHERE m.center_household = ? AND (m.grid_code = ?
          OR EXISTS (SELECT 1 FROM party_dual_reports r WHERE r.member_id = m.id AND r.ended_on IS NULL AND r.grid_code = ?))`,
        [true, code, code],
      ),
    );
    expect(r.data.centre.totalCount).toBeGreaterThan(0);
    expect(r.data.all.totalCount).toBeGreaterThanOrEqual(r.data.centre.totalCount);
  });
});
