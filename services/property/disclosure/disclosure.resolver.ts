import { Arg, Ctx, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MoreThan } from 'typeorm';
import { FeeDisclosure } from './fee-disclosure.entity';
import {
  CorrectDisclosureInput,
  DisclosureAmountsInput,
  PublishDisclosureInput,
} from './disclosure.inputs';
import { ResidentialCompound } from '../compound/compound.entity';
import { assertMonth, today } from '../calendar';
import { idOrNull, parseId, IdArg } from '../../../shared/ids';
import { isUniqueViolation } from '../../../shared/db-errors';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/errors';
import type { PropertyContext } from '../context';
import { writeTransaction } from '../../../shared/tx';
import { PLACE_STAFF, WriteRule, rowPlace } from '../../../shared/auth/write-rule';
import { FieldOrNull } from '../../../shared/field-resolvers';

/** 结余 = 收入 − 酬金 − 支出, to the cent; a month that does not balance is not published. */
export function assertBalances(a: DisclosureAmountsInput): void {
  const expected = a.incomeCents - a.remunerationCents - a.expensesCents;
  if (a.balanceCents !== expected) {
    throw new BadUserInputError(
      `balance ${a.balanceCents} does not equal income − remuneration − expenses = ${expected}`,
      { field: 'balanceCents' },
    );
  }
}

const amountsOf = (a: DisclosureAmountsInput) => ({
  incomeCents: a.incomeCents,
  remunerationCents: a.remunerationCents,
  expensesCents: a.expensesCents,
  balanceCents: a.balanceCents,
});

@Resolver(() => FeeDisclosure)
export class DisclosureResolver {
  @Query(() => [FeeDisclosure], {
    description: "小区收支公示 a compound's disclosures, every revision, newest month first",
  })
  feeDisclosures(
    @IdArg('小区编号 compound id', 'compoundId') compoundId: string,
    @Ctx() ctx: PropertyContext,
  ): Promise<FeeDisclosure[]> {
    const id = idOrNull(compoundId);
    if (id == null) return Promise.resolve([]);
    return ctx.dataSource
      .getRepository(FeeDisclosure)
      .find({ where: { compoundId: id }, order: { month: 'DESC', revision: 'DESC' }, take: 240 });
  }

  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(ResidentialCompound, 'input.compoundId') })
  @Mutation(() => FeeDisclosure, {
    description: '发布月度公示 publish a month; once published it cannot be edited, only corrected',
  })
  publishFeeDisclosure(
    @Arg('input', { description: '公示 the month' }) input: PublishDisclosureInput,
    @Ctx() ctx: PropertyContext,
  ) {
    const compoundId = parseId(input.compoundId, 'compoundId');
    const month = assertMonth(input.month, 'month');
    // A month is disclosed once it is over: the current month's accounts are not closed yet.
    if (month >= today().slice(0, 7))
      throw new BadUserInputError(`month ${month} is not over yet`, { field: 'month' });
    assertBalances(input);
    const published = () =>
      new ConflictError(
        `${month} is already published for compound ${compoundId}; submit a correction instead`,
        { field: 'month' },
      );
    return writeTransaction(ctx.dataSource, async (em) => {
      const compound = await em.findOneBy(ResidentialCompound, { id: compoundId });
      if (!compound) throw new NotFoundError('ResidentialCompound', compoundId);
      if (await em.existsBy(FeeDisclosure, { compoundId, month })) throw published();
      try {
        return await em.save(
          FeeDisclosure,
          em.create(FeeDisclosure, {
            compoundId,
            gridCode: compound.gridCode,
            month,
            revision: 0,
            ...amountsOf(input),
            publishedAt: new Date(),
            correctsId: null,
            correctionReason: null,
          }),
        );
      } catch (err) {
        if (isUniqueViolation(err)) throw published();
        throw err;
      }
    });
  }

  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(FeeDisclosure, 'input.correctsId') })
  @Mutation(() => FeeDisclosure, {
    description:
      '更正公示 publish a correction: a new row naming the one it corrects, which stays as it was',
  })
  correctFeeDisclosure(
    @Arg('input', { description: '更正 the correction' }) input: CorrectDisclosureInput,
    @Ctx() ctx: PropertyContext,
  ) {
    const correctsId = parseId(input.correctsId, 'correctsId');
    assertBalances(input);
    const superseded = () =>
      new ConflictError(
        `disclosure ${correctsId} has already been corrected; correct the latest revision`,
        { field: 'correctsId' },
      );
    return writeTransaction(ctx.dataSource, async (em) => {
      const old = await em.findOneBy(FeeDisclosure, { id: correctsId });
      if (!old) throw new NotFoundError('FeeDisclosure', correctsId);
      if (
        await em.existsBy(FeeDisclosure, {
          compoundId: old.compoundId,
          month: old.month,
          revision: MoreThan(old.revision),
        })
      )
        throw superseded();
      try {
        return await em.save(
          FeeDisclosure,
          em.create(FeeDisclosure, {
            compoundId: old.compoundId,
            gridCode: old.gridCode,
            month: old.month,
            revision: old.revision + 1,
            ...amountsOf(input),
            publishedAt: new Date(),
            correctsId,
            correctionReason: input.reason,
          }),
        );
      } catch (err) {
        if (isUniqueViolation(err)) throw superseded();
        throw err;
      }
    });
  }

  @FieldOrNull(() => ResidentialCompound, '小区 the compound')
  compound(@Root() d: FeeDisclosure, @Ctx() ctx: PropertyContext) {
    return ctx.loaders.compoundById.load(d.compoundId);
  }

  @FieldOrNull(() => FeeDisclosure, '被更正公示 the row this one corrects')
  corrects(@Root() d: FeeDisclosure, @Ctx() ctx: PropertyContext) {
    return d.correctsId == null ? null : ctx.loaders.disclosureById.load(d.correctsId);
  }

  @FieldOrNull(() => FeeDisclosure, '更正公示 the row that corrects this one, if any')
  correctedBy(@Root() d: FeeDisclosure, @Ctx() ctx: PropertyContext) {
    return ctx.loaders.correctionByCorrectsId.load(d.id);
  }
}
