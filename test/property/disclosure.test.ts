import { startPropertyHarness, createCompany, createCompound, codeOf } from './harness';
import { forThisFile } from '../helpers/for-this-file';

const h = forThisFile(() => startPropertyHarness());

const PUBLISH =
  'mutation($i: PublishDisclosureInput!) { publishFeeDisclosure(input: $i) { id month revision balanceCents } }';
const CORRECT =
  'mutation($i: CorrectDisclosureInput!) { correctFeeDisclosure(input: $i) { id revision expensesCents balanceCents corrects { id expensesCents } } }';
const amounts = (expensesCents = 60000) => ({
  incomeCents: 100000,
  remunerationCents: 10000,
  expensesCents,
  balanceCents: 90000 - expensesCents,
});
const rows = async (compoundId: string) =>
  h.running.dataSource.query(
    'SELECT id, month, revision, expenses_cents FROM fee_disclosures WHERE compound_id = ? ORDER BY id',
    [Number(compoundId)],
  );

async function compound() {
  return (await createCompound(h, 'PROFESSIONAL', await createCompany(h))).id;
}

describe('fee disclosure (阳光透明酬金制)', () => {
  test('a month whose balance is not income − remuneration − expenses is refused and nothing is written', async () => {
    const id = await compound();
    const r = await h.gql(PUBLISH, {
      i: { compoundId: id, month: '2025-03', ...amounts(), balanceCents: 30001 },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions?.field).toBe('balanceCents');
    expect(await rows(id)).toEqual([]);
  });

  test('a published month cannot be published again: a correction is a new row that names the one it corrects', async () => {
    const id = await compound();
    const first = await h.gql(PUBLISH, { i: { compoundId: id, month: '2025-04', ...amounts() } });
    expect(first.data.publishFeeDisclosure).toMatchObject({
      month: '2025-04',
      revision: 0,
      balanceCents: 30000,
    });
    const again = await h.gql(PUBLISH, {
      i: { compoundId: id, month: '2025-04', ...amounts(50000) },
    });
    expect(codeOf(again)).toBe('CONFLICT');
    const corrected = await h.gql(CORRECT, {
      i: { correctsId: first.data.publishFeeDisclosure.id, reason: '票据补录', ...amounts(65000) },
    });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data.correctFeeDisclosure).toMatchObject({
      revision: 1,
      expensesCents: 65000,
      balanceCents: 25000,
      corrects: { id: first.data.publishFeeDisclosure.id, expensesCents: 60000 },
    });
    // The original row is untouched; the compound's latest disclosure is the correction.
    expect(
      (await rows(id)).map((r: { revision: number; expenses_cents: number }) => [
        r.revision,
        Number(r.expenses_cents),
      ]),
    ).toEqual([
      [0, 60000],
      [1, 65000],
    ]);
    const latest = await h.gql(
      'query($id: ID!) { compound(id: $id) { lastPublishedMonth latestFeeDisclosure { revision } } }',
      { id },
    );
    expect(latest.data.compound).toEqual({
      lastPublishedMonth: '2025-04',
      latestFeeDisclosure: { revision: 1 },
    });
    // Correcting the superseded row again is refused: corrections chain from the latest revision.
    expect(
      codeOf(
        await h.gql(CORRECT, {
          i: { correctsId: first.data.publishFeeDisclosure.id, reason: '再改', ...amounts(1) },
        }),
      ),
    ).toBe('CONFLICT');
  });

  test('a correction that does not balance is refused too', async () => {
    const id = await compound();
    const first = await h.gql(PUBLISH, { i: { compoundId: id, month: '2025-05', ...amounts() } });
    const r = await h.gql(CORRECT, {
      i: {
        correctsId: first.data.publishFeeDisclosure.id,
        reason: 'x',
        ...amounts(),
        balanceCents: 1,
      },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(await rows(id)).toHaveLength(1);
  });

  test('concurrent publications of one month, or concurrent corrections of one row, leave exactly one', async () => {
    const id = await compound();
    const pubs = await Promise.all(
      [0, 1, 2, 3, 4].map((k) =>
        h.gql(PUBLISH, { i: { compoundId: id, month: '2025-06', ...amounts(60000 + k) } }),
      ),
    );
    expect(pubs.filter((r) => !r.errors)).toHaveLength(1);
    expect(pubs.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(4);
    const original = pubs.find((r) => !r.errors)!.data.publishFeeDisclosure.id;
    const fixes = await Promise.all(
      [0, 1, 2, 3].map((k) =>
        h.gql(CORRECT, { i: { correctsId: original, reason: `并发${k}`, ...amounts(61000 + k) } }),
      ),
    );
    expect(fixes.filter((r) => !r.errors)).toHaveLength(1);
    expect(fixes.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(3);
    expect(await rows(id)).toHaveLength(2);
  });

  test('a malformed or future month is refused', async () => {
    const id = await compound();
    expect(
      codeOf(await h.gql(PUBLISH, { i: { compoundId: id, month: '2025-13', ...amounts() } })),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await h.gql(PUBLISH, { i: { compoundId: id, month: '2999-01', ...amounts() } })),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await h.gql(PUBLISH, { i: { compoundId: '999999', month: '2025-01', ...amounts() } })),
    ).toBe('NOT_FOUND');
  });

  test('every demo disclosure balances to the cent', () => {
    for (const d of h.city.property.disclosures)
      expect(d.balanceCents).toBe(d.incomeCents - d.remunerationCents - d.expensesCents);
  });
});
