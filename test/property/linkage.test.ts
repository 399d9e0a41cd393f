import { startPropertyHarness, createCompany, createCompound, codeOf, daysAgo } from './harness';
import { forThisFile } from '../helpers/for-this-file';

const h = forThisFile(() => startPropertyHarness());

const HOLD = `mutation($i: HoldMeetingInput!) { holdLinkageMeeting(input: $i) { id partyOrganization { id } company { id } otherParties
  decisions { id followUpRequired followUpStatus followUpKey followUpCase { id } } } }`;
const ATTACH =
  'mutation($d: ID!, $c: ID!) { attachFollowUpCase(decisionId: $d, caseId: $c) { id followUpStatus followUpCase { id } } }';
const PENDING =
  'query($u: String!) { pendingFollowUpDecisions(under: $u, limit: 100) { totalCount items { id followUpKey } } }';

async function meeting() {
  const company = await createCompany(h, '5');
  const { id, gridCode } = await createCompound(h, 'PROFESSIONAL', company);
  const r = await h.gql(HOLD, {
    i: {
      compoundId: id,
      heldOn: daysAgo(3),
      topic: '电梯停运',
      partyOrganizationId: '31',
      companyId: company,
      otherParties: ['派出所', '城管执法中队'],
      decisions: [
        { content: '物业一周内修复', followUpRequired: true },
        { content: '公示维修费用' },
      ],
    },
  });
  expect(r.errors).toBeUndefined();
  return { meeting: r.data.holdLinkageMeeting, gridCode, company };
}

describe('three-party linkage ("1+3+N") and its follow-up cases', () => {
  test('a meeting records its participants and decisions; a decision needing a case waits with its idempotency key', async () => {
    const { meeting: m, gridCode, company } = await meeting();
    expect(m).toMatchObject({
      partyOrganization: { id: '31' },
      company: { id: company },
      otherParties: ['派出所', '城管执法中队'],
    });
    const [needs, plain] = m.decisions;
    expect(needs).toMatchObject({
      followUpStatus: 'PENDING',
      followUpKey: `property:linkage-decision:${needs.id}`,
      followUpCase: null,
    });
    expect(plain).toMatchObject({ followUpStatus: 'NOT_NEEDED', followUpKey: null });
    const pending = await h.gql(PENDING, { u: gridCode });
    expect(pending.data.pendingFollowUpDecisions.items).toEqual([
      { id: needs.id, followUpKey: needs.followUpKey },
    ]);
  });

  test('attaching the grid case is idempotent for the same case and a CONFLICT for another', async () => {
    const { meeting: m, gridCode } = await meeting();
    const d = m.decisions[0].id;
    const first = await h.gql(ATTACH, { d, c: '9001' });
    expect(first.data.attachFollowUpCase).toEqual({
      id: d,
      followUpStatus: 'OPENED',
      followUpCase: { id: '9001' },
    });
    expect((await h.gql(ATTACH, { d, c: '9001' })).errors).toBeUndefined();
    expect(codeOf(await h.gql(ATTACH, { d, c: '9002' }))).toBe('CONFLICT');
    expect((await h.gql(PENDING, { u: gridCode })).data.pendingFollowUpDecisions.totalCount).toBe(
      0,
    );
  });

  test('a case follows one decision only, a decision without follow-up takes no case, and racing attaches leave one', async () => {
    const a = await meeting();
    const b = await meeting();
    await h.gql(ATTACH, { d: a.meeting.decisions[0].id, c: '9100' });
    expect(codeOf(await h.gql(ATTACH, { d: b.meeting.decisions[0].id, c: '9100' }))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await h.gql(ATTACH, { d: b.meeting.decisions[1].id, c: '9101' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await h.gql(ATTACH, { d: '999999', c: '9102' }))).toBe('NOT_FOUND');
    const racing = await Promise.all(
      ['9200', '9201', '9202'].map((c) => h.gql(ATTACH, { d: b.meeting.decisions[0].id, c })),
    );
    expect(racing.filter((r) => !r.errors)).toHaveLength(1);
  });

  test("a meeting with a future date, no decisions or another compound's committee is refused and writes nothing", async () => {
    const { id } = await createCompound(h);
    const hold = (i: Record<string, unknown>) =>
      h.gql(HOLD, {
        i: {
          compoundId: id,
          heldOn: daysAgo(1),
          topic: '议题',
          decisions: [{ content: 'x' }],
          ...i,
        },
      });
    expect(codeOf(await hold({ heldOn: '2999-01-01' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hold({ decisions: [] }))).toBe('BAD_USER_INPUT');
    const other = h.city.property.committees[0].id;
    expect(codeOf(await hold({ ownersCommitteeId: String(other) }))).toBe('BAD_USER_INPUT');
    const [{ n }] = await h.running.dataSource.query(
      'SELECT COUNT(*) AS n FROM linkage_meetings WHERE compound_id = ?',
      [Number(id)],
    );
    expect(Number(n)).toBe(0);
  });
});
