import { generateCity } from '../../services/demo-city';
import { startStack } from '../helpers/stack';
import { bearer } from '../helpers/auth';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const stack = forThisFile(() => startStack(city), 60000);

describe("a linkage meeting's decision opens a follow-up case in the grid subgraph", () => {
  test('the documented protocol converges even when the answer to the case report is lost and it is retried', async () => {
    const compound = city.property.compounds[0];
    const auth = await bearer('COMMUNITY_STAFF', compound.gridCode.slice(0, 12));
    const held = await stack.query(
      `mutation($c: ID!) { holdLinkageMeeting(input: { compoundId: $c, heldOn: "2026-11-15", topic: "电梯停运协商",
      otherParties: ["派出所"], decisions: [{ content: "物业三日内修复电梯", followUpRequired: true }] }) { decisions { id followUpKey followUpStatus } } }`,
      { c: String(compound.id) },
      auth,
    );
    expect(held.errors).toBeUndefined();
    const decision = held.data.holdLinkageMeeting.decisions[0];
    expect(decision).toMatchObject({
      followUpKey: `property:linkage-decision:${decision.id}`,
      followUpStatus: 'PENDING',
    });
    const report = () =>
      stack.query(
        `mutation($g: GridCode!, $k: String!, $c: ID!) { reportCase(input: { gridCode: $g, title: "电梯停运",
      category: PROPERTY, source: DEPARTMENT, idempotencyKey: $k, compoundId: $c }) { id } }`,
        { g: compound.gridCode, k: decision.followUpKey, c: String(compound.id) },
        auth,
      );
    const first = await report();
    const retried = await report(); // the first answer "was lost": the caller tries again with the same key
    expect(retried.data.reportCase.id).toBe(first.data.reportCase.id);
    const attach = () =>
      stack.query(
        `mutation($d: ID!, $c: ID!) { attachFollowUpCase(decisionId: $d, caseId: $c) { followUpStatus followUpCase { id title compound { name } } } }`,
        { d: decision.id, c: first.data.reportCase.id },
        auth,
      );
    const attached = await attach();
    expect(attached.errors).toBeUndefined();
    expect(attached.data.attachFollowUpCase).toEqual({
      followUpStatus: 'OPENED',
      followUpCase: {
        id: first.data.reportCase.id,
        title: '电梯停运',
        compound: { name: compound.name },
      },
    });
    expect((await attach()).data.attachFollowUpCase.followUpCase.id).toBe(first.data.reportCase.id);
  });
});
