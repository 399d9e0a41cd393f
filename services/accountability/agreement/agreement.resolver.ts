import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { AgreementStage, CoBuildingAgreement, gradeOf } from './co-building-agreement.entity';
import {
  AgreementArgs,
  AgreementStageInput,
  SignCoBuildingAgreementInput,
} from './agreement.inputs';
import { BadUserInputError, ConflictError } from '../../../shared/errors';
import { parseId } from '../../../shared/ids';
import {
  assertNotBefore,
  authorize,
  guardedWrite,
  OFFICES,
  requireRow,
  REVIEWERS,
  updateWhere,
} from '../support';
import { organizationRef, PartyOrganization } from '../place.stub';
import type { AccountabilityContext } from '../context';
import { WriteRule, argPlace, rowPlace } from '../../../shared/auth/write-rule';
import { fieldOrNull, listUnder, Resolving } from '../../../shared/queries';

@Resolver(() => CoBuildingAgreement)
export class CoBuildingAgreementResolver extends Resolving<
  CoBuildingAgreement,
  AccountabilityContext
>(CoBuildingAgreement, {
  queries: {
    coBuildingAgreements: listUnder(
      ['CoBuildingAgreementPage', '共建协议分页 a page of co-building agreements'],
      AgreementArgs,
      {
        description:
          "契约化共建协议 co-building agreements (契约化党建, 一书三单) under a region, by year and stage, cut to the caller's jurisdiction",
        under: 'r.region_code',
        where: { year: 'r.year = :year', stage: 'r.stage = :stage' },
        roleScoped: true,
      },
    ),
  },
  fields: {
    organization: fieldOrNull(
      PartyOrganization,
      '党组织 the street or community party organisation (party subgraph)',
      (a) => (a.organizationId == null ? null : organizationRef(a.organizationId)),
    ),
  },
}) {
  @WriteRule({ roles: OFFICES, place: argPlace('input.regionCode') })
  @Mutation(() => CoBuildingAgreement, {
    description:
      '签订共建协议 sign an agreement at the start of the year. Who: CITY_ADMIN, STREET_STAFF, COMMUNITY_STAFF over the street or community. Writes: co_building_agreements (accountability); CONFLICT when the unit already signed with it for that year',
  })
  signCoBuildingAgreement(
    @Arg('input') input: SignCoBuildingAgreementInput,
    @Ctx() ctx: AccountabilityContext,
  ): Promise<CoBuildingAgreement> {
    return guardedWrite(
      ctx,
      async (em) => {
        authorize(
          ctx,
          OFFICES,
          input.regionCode,
          'the street or community',
          'sign a co-building agreement',
        );
        if (!input.signedOn.startsWith(String(input.year)))
          throw new BadUserInputError(`an agreement for ${input.year} is signed in ${input.year}`, {
            field: 'signedOn',
          });
        const ids = {
          unitId: input.unitId == null ? null : parseId(input.unitId, 'unitId'),
          organizationId:
            input.organizationId == null ? null : parseId(input.organizationId, 'organizationId'),
        };
        if (
          await em.countBy(CoBuildingAgreement, {
            unitName: input.unitName,
            regionCode: input.regionCode,
            year: input.year,
          })
        ) {
          throw new ConflictError(
            `${input.unitName} already signed with ${input.regionCode} for ${input.year}`,
          );
        }
        return ids;
      },
      async (em, ids) => {
        const { identifiers } = await em.insert(CoBuildingAgreement, {
          unitName: input.unitName,
          ...ids,
          regionCode: input.regionCode,
          year: input.year,
          needs: input.needs,
          resources: input.resources,
          projects: input.projects,
          stage: AgreementStage.SIGNED,
          signedOn: input.signedOn,
          supervisedOn: null,
          supervisionNote: null,
          assessedOn: null,
          assessmentScore: null,
          assessmentGrade: null,
        });
        return (await em.findOneBy(CoBuildingAgreement, { id: Number(identifiers[0].id) }))!;
      },
    );
  }

  @WriteRule({ roles: REVIEWERS, place: rowPlace(CoBuildingAgreement, 'input.agreementId') })
  @Mutation(() => CoBuildingAgreement, {
    description:
      '年中督查 supervise a signed agreement mid-year. Who: CITY_ADMIN, STREET_STAFF over its region. Writes: the agreement (accountability); CONFLICT unless it is SIGNED',
  })
  superviseCoBuildingAgreement(
    @Arg('input') input: AgreementStageInput,
    @Ctx() ctx: AccountabilityContext,
  ): Promise<CoBuildingAgreement> {
    return this.advance(ctx, input, AgreementStage.SIGNED, (a) => {
      assertNotBefore(input.on, a.signedOn, 'on');
      return {
        stage: AgreementStage.SUPERVISED,
        supervisedOn: input.on,
        supervisionNote: input.note,
      };
    });
  }

  @WriteRule({ roles: REVIEWERS, place: rowPlace(CoBuildingAgreement, 'input.agreementId') })
  @Mutation(() => CoBuildingAgreement, {
    description:
      '年底考评 assess a supervised agreement at the year end, with a score and grade. Who: CITY_ADMIN, STREET_STAFF over its region. Writes: the agreement (accountability); CONFLICT unless it is SUPERVISED',
  })
  assessCoBuildingAgreement(
    @Arg('input') input: AgreementStageInput,
    @Ctx() ctx: AccountabilityContext,
  ): Promise<CoBuildingAgreement> {
    return this.advance(ctx, input, AgreementStage.SUPERVISED, (a) => {
      if (input.score == null)
        throw new BadUserInputError('an assessment needs a score', { field: 'score' });
      assertNotBefore(input.on, a.supervisedOn!, 'on');
      return {
        stage: AgreementStage.ASSESSED,
        assessedOn: input.on,
        assessmentScore: input.score,
        assessmentGrade: gradeOf(input.score),
      };
    });
  }

  /** One stage forward, conditional on the stage it was read in. */
  private advance(
    ctx: AccountabilityContext,
    input: AgreementStageInput,
    from: AgreementStage,
    next: (a: CoBuildingAgreement) => Partial<CoBuildingAgreement>,
  ) {
    const id = parseId(input.agreementId, 'agreementId');
    return guardedWrite(
      ctx,
      async (em) => {
        const a = await requireRow(
          em,
          CoBuildingAgreement,
          id,
          'agreementId',
          'co-building agreement',
        );
        authorize(
          ctx,
          REVIEWERS,
          a.regionCode,
          'the agreement',
          'supervise or assess a co-building agreement',
        );
        if (a.stage !== from) throw new ConflictError(`agreement ${id} is ${a.stage}, not ${from}`);
        return next(a);
      },
      async (em, set) => {
        await updateWhere(
          em,
          CoBuildingAgreement,
          'id = :id AND stage = :from',
          { id, from },
          set,
          `agreement ${id} was changed meanwhile; re-read it`,
        );
        return (await em.findOneBy(CoBuildingAgreement, { id }))!;
      },
    );
  }
}
