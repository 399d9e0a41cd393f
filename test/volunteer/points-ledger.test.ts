import { generateCity } from '../../services/demo-city';
import { startVolunteerSubgraph, volunteerWithPoints } from './volunteer-harness';
import { postGraphQL } from '../helpers/subgraph';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const grid = city.geography.grids.find((g) => g.level === 'BASIC')!;
const h = forThisFile(() => startVolunteerSubgraph(city));

const REDEEM = `mutation($v: ID!, $p: Int!) { redeemPoints(volunteerId: $v, points: $p, item: "大米5kg") { id kind points } }`;
const REVERSE = `mutation($e: ID!) { reversePointsEntry(entryId: $e, reason: "时长登记有误") { id kind points reversesEntryId } }`;

async function ledger(volunteerId: string) {
  const rows = await h.running.dataSource.query(
    'SELECT COALESCE(SUM(points), 0) AS s, COUNT(*) AS n FROM points_entries WHERE volunteer_id = ?',
    [Number(volunteerId)],
  );
  const bal = await h.running.dataSource.query(
    'SELECT balance FROM points_balances WHERE volunteer_id = ?',
    [Number(volunteerId)],
  );
  return { sum: Number(rows[0].s), entries: Number(rows[0].n), balance: Number(bal[0].balance) };
}

const entriesOf = async (volunteerId: string) =>
  (
    await h.ok(
      `query($id: ID!) { volunteer(id: $id) { pointsBalance pointsEntries { id kind points reversesEntryId } } }`,
      { id: volunteerId },
    )
  ).volunteer;

describe('points ledger (积分制)', () => {
  test('50 concurrent redemptions against a balance that covers 10 leave exactly 10 succeeding and the ledger sum equal to the balance', async () => {
    const { volunteerId } = await volunteerWithPoints(h, grid.code, 100);
    expect((await ledger(volunteerId)).balance).toBe(100);
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        postGraphQL(h.running.url, REDEEM, { v: volunteerId, p: 10 }).then((r) => r.body),
      ),
    );
    const succeeded = results.filter((r) => r.data?.redeemPoints);
    const refused = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const r of refused) {
      expect(r.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'INSUFFICIENT_POINTS',
      });
      expect(r.errors![0].message).toMatch(/insufficient points/);
    }
    const after = await ledger(volunteerId);
    expect(after).toEqual({ sum: 0, entries: 11, balance: 0 });
    expect((await entriesOf(volunteerId)).pointsBalance).toBe(0);
  });

  test('a redemption beyond the balance is refused with CONFLICT and writes nothing', async () => {
    const { volunteerId } = await volunteerWithPoints(h, grid.code, 30);
    const res = await h.gql(REDEEM, { v: volunteerId, p: 40 });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      balance: 30,
      requested: 40,
    });
    expect(await ledger(volunteerId)).toEqual({ sum: 30, entries: 1, balance: 30 });
    const unknown = await h.gql(REDEEM, { v: '999999', p: 1 });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const zero = await h.gql(REDEEM, { v: volunteerId, p: 0 });
    expect(zero.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a correction appends a reversing entry and leaves the original untouched', async () => {
    const { volunteerId } = await volunteerWithPoints(h, grid.code, 50);
    const earn = (await entriesOf(volunteerId)).pointsEntries[0];
    expect(earn).toMatchObject({ kind: 'EARN', points: 50 });
    const reversal = (await h.ok(REVERSE, { e: earn.id })).reversePointsEntry;
    expect(reversal).toMatchObject({ kind: 'REVERSAL', points: -50, reversesEntryId: earn.id });
    const after = await entriesOf(volunteerId);
    expect(after.pointsEntries).toEqual([earn, reversal]);
    expect(after.pointsBalance).toBe(0);
    expect(await ledger(volunteerId)).toEqual({ sum: 0, entries: 2, balance: 0 });
  });

  test('an entry is reversed at most once, even when ten corrections arrive at once', async () => {
    const { volunteerId } = await volunteerWithPoints(h, grid.code, 20);
    const redeem = (await h.ok(REDEEM, { v: volunteerId, p: 20 })).redeemPoints;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => h.gql(REVERSE, { e: redeem.id })),
    );
    expect(results.filter((r) => r.data?.reversePointsEntry)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors))
      expect(r.errors![0].extensions?.code).toBe('CONFLICT');
    expect(await ledger(volunteerId)).toEqual({ sum: 20, entries: 3, balance: 20 });
    const again = await h.gql(REVERSE, { e: (await entriesOf(volunteerId)).pointsEntries[2].id });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('earned points that were already spent cannot be reversed: the balance would go negative', async () => {
    const { volunteerId } = await volunteerWithPoints(h, grid.code, 40);
    const earn = (await entriesOf(volunteerId)).pointsEntries[0];
    await h.ok(REDEEM, { v: volunteerId, p: 30 });
    const res = await h.gql(REVERSE, { e: earn.id });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INSUFFICIENT_POINTS',
    });
    expect(await ledger(volunteerId)).toEqual({ sum: 10, entries: 2, balance: 10 });
  });
});
