import { Arg, Ctx, Resolver } from 'type-graphql';
import { IsNull } from 'typeorm';
import { DualReport, DualReporterKind, DualReportTarget } from './dual-report.entity';
import { ReportDualReportInput } from './dual-report.inputs';
import { PartyUnit } from './unit.entity';
import { PartyMember, PartyMemberStatus } from '../member/member.entity';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/errors';
import { findForUpdate } from '../support';
import { parseId, IdArg } from '../../../shared/ids';
import type { PartyContext } from '../context';
import { writeTransaction } from '../../../shared/tx';
import { LocalDate, assertNotFuture } from '../../../shared/scalars';
import {
  PLACE_STAFF,
  WriteMutation,
  argPlace,
  places,
  rowPlace,
} from '../../../shared/auth/write-rule';

type Place = Pick<DualReport, 'target' | 'regionCode' | 'gridCode' | 'buildingLabel'>;

/** Community, grid or building: the most precise place given wins, and the pieces must agree. */
function placeOf(input: ReportDualReportInput): Place {
  if (input.buildingLabel && !input.gridCode)
    throw new BadUserInputError('a building report names its grid', { field: 'gridCode' });
  if (input.gridCode) {
    if (input.communityCode && input.communityCode !== input.gridCode.slice(0, 12)) {
      throw new BadUserInputError('the grid does not lie in that community', {
        field: 'communityCode',
      });
    }
    return {
      target: input.buildingLabel ? DualReportTarget.BUILDING : DualReportTarget.GRID,
      regionCode: input.gridCode.slice(0, 12),
      gridCode: input.gridCode,
      buildingLabel: input.buildingLabel ?? null,
    };
  }
  if (!input.communityCode)
    throw new BadUserInputError('name a community, a grid or a building to report to', {
      field: 'communityCode',
    });
  return {
    target: DualReportTarget.COMMUNITY,
    regionCode: input.communityCode,
    gridCode: null,
    buildingLabel: null,
  };
}

const samePlace = (a: Place, b: Place) =>
  a.target === b.target &&
  a.regionCode === b.regionCode &&
  a.gridCode === b.gridCode &&
  a.buildingLabel === b.buildingLabel;

@Resolver(() => DualReport)
export class DualReportMutations {
  @WriteMutation(
    () => DualReport,
    "双报到 report a member or unit to a community, grid or building; a member's new report ends its previous one",
    {
      roles: PLACE_STAFF,
      place: places(argPlace('input.gridCode'), argPlace('input.communityCode')),
    },
  )
  async reportDualReport(
    @Arg('input') input: ReportDualReportInput,
    @Ctx() ctx: PartyContext,
  ): Promise<DualReport> {
    if ((input.memberId == null) === (input.unitId == null)) {
      throw new BadUserInputError('give exactly one of memberId and unitId', { field: 'memberId' });
    }
    const place = placeOf(input);
    assertNotFuture(input.reportedOn, 'reportedOn');
    const isMember = input.memberId != null;
    const reporterId = parseId(
      isMember ? input.memberId! : input.unitId!,
      isMember ? 'memberId' : 'unitId',
    );
    return writeTransaction(ctx.dataSource, async (em) => {
      // Locking the reporter serialises its reports, so two concurrent ones cannot both stand.
      const reporter = (
        await findForUpdate<PartyMember | PartyUnit>(em, isMember ? PartyMember : PartyUnit, [
          reporterId,
        ])
      ).get(reporterId);
      if (!reporter) throw new NotFoundError(isMember ? 'PartyMember' : 'PartyUnit', reporterId);
      if (isMember && (reporter as PartyMember).status !== PartyMemberStatus.IN_SERVICE) {
        throw new BadUserInputError('only in-service members report to a community (双报到)', {
          field: 'memberId',
        });
      }
      const repo = em.getRepository(DualReport);
      // A unit reports to many communities at once: only its report at this place matters (and others' are not the caller's to read).
      const standing = await repo.findBy(
        isMember
          ? { memberId: reporterId, endedOn: IsNull() }
          : { unitId: reporterId, endedOn: IsNull(), regionCode: place.regionCode },
      );
      if (standing.some((r) => samePlace(r, place)))
        throw new ConflictError('this report already stands');
      if (isMember && standing.length > 0) {
        await repo.update(
          standing.map((r) => r.id),
          { endedOn: input.reportedOn },
        );
        await em.query('UPDATE party_members SET version = version + 1 WHERE id = ?', [reporterId]);
      }
      if (isMember && place.gridCode && place.gridCode !== (reporter as PartyMember).gridCode) {
        // Reporting to a grid brings the member under that grid's management (亮身份、纳入网格管理).
        await em
          .getRepository(PartyMember)
          .update(reporterId, { gridCode: place.gridCode, centerHousehold: false });
      }
      return repo.save(
        repo.create({
          ...place,
          reporterKind: isMember ? DualReporterKind.MEMBER : DualReporterKind.UNIT,
          memberId: isMember ? reporterId : null,
          unitId: isMember ? null : reporterId,
          reportedOn: input.reportedOn,
          endedOn: null,
          offers: input.offers,
        }),
      );
    });
  }

  @WriteMutation(() => DualReport, '结束报到 end a standing dual report', {
    roles: PLACE_STAFF,
    place: rowPlace(DualReport, 'id'),
  })
  async endDualReport(
    @IdArg('报到记录 the report') id: string,
    @Arg('endedOn', () => LocalDate, { description: '结束日期 ended on (YYYY-MM-DD)' })
    endedOn: string,
    @Ctx() ctx: PartyContext,
  ): Promise<DualReport> {
    const reportId = parseId(id, 'id');
    assertNotFuture(endedOn, 'endedOn');
    return writeTransaction(ctx.dataSource, async (em) => {
      const result = await em
        .createQueryBuilder()
        .update(DualReport)
        .set({ endedOn })
        .where('id = :id AND ended_on IS NULL', { id: reportId })
        .execute();
      const row = await em.getRepository(DualReport).findOneBy({ id: reportId });
      if (!row) throw new NotFoundError('DualReport', reportId);
      if (result.affected !== 1)
        throw new ConflictError(`dual report ${reportId} has already ended`);
      return row;
    });
  }
}
