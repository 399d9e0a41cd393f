import { Arg, ArgsType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ResidentialCompound, ManagementMode } from './compound.entity';
import { CompoundManagementChange } from './management-change.entity';
import { changeAsOf } from './compound.loaders';
import { PropertyCompany } from '../company/company.entity';
import { OwnersCommittee } from '../committee/committee.entity';
import { LinkageMeeting } from '../linkage/linkage.entity';
import { ServiceEvaluation } from '../evaluation/evaluation.entity';
import { FeeDisclosure } from '../disclosure/fee-disclosure.entity';
import { Grid, gridRef } from '../place.stub';
import { assertDate, redWindowStart, today } from '../calendar';
import { PageUnderArgs } from '../../../shared/pagination';
import { byId, field, link, listUnder, Resolving } from '../../../shared/queries';
import type { PropertyContext } from '../context';
import { Input } from '../../../shared/input-fields';
import { FieldOrNull } from '../../../shared/field-resolvers';

@ArgsType()
export class CompoundFilterArgs extends PageUnderArgs(
  '区划或网格编码前缀 every compound under this region or grid code',
) {
  @Input.of(() => ManagementMode, '管理模式 only compounds managed this way now', {
    nullable: true,
  })
  mode?: ManagementMode;

  @Input.bool('老旧小区 only old (true) or only newer (false) compounds', { nullable: true })
  old?: boolean;
}

@Resolver(() => ResidentialCompound)
export class CompoundResolver extends Resolving<ResidentialCompound, PropertyContext>(
  ResidentialCompound,
  {
    queries: {
      compound: byId('按编号查小区 one compound by id', '小区编号 compound id', (ctx, id) =>
        ctx.loaders.compoundById.load(id),
      ),
      compounds: listUnder(['CompoundPage', '小区分页 a page of compounds'], CompoundFilterArgs, {
        description: '区划下的小区 compounds under a region or grid code, filtered and paginated',
        under: 'r.grid_code',
        where: { mode: 'r.management_mode = :mode', old: 'r.old = :old' },
      }),
    },
    fields: {
      grid: field(Grid, '所在网格 the basic grid (grid subgraph)', (c) => gridRef(c.gridCode)),
      company: link(
        PropertyCompany,
        '物业企业 the company managing it now, if any',
        'companyById',
        'companyId',
      ),
      managementHistory: field(
        [CompoundManagementChange],
        '管理变更记录 every change of mode or company, oldest first',
        (c, ctx) => ctx.loaders.managementChangesByCompoundId.load(c.id),
      ),
      ownersCommittee: link(
        OwnersCommittee,
        "业主委员会 the owners' committee inside its term today, if any",
        'committeeInTermByCompoundId',
        'id',
      ),
      ownersCommittees: field(
        [OwnersCommittee],
        '历届业委会 every committee term, newest first',
        (c, ctx) => ctx.loaders.committeesByCompoundId.load(c.id),
      ),
      linkageMeetings: field(
        [LinkageMeeting],
        '三方联动议事 linkage meetings held for this compound, newest first',
        (c, ctx) => ctx.loaders.meetingsByCompoundId.load(c.id),
      ),
    },
  },
) {
  @FieldResolver(() => Boolean, {
    description:
      '红色物业 derived, never stored: on asOf its company has a party organisation and a linkage meeting was held in the three months up to asOf',
  })
  async redProperty(
    @Root() c: ResidentialCompound,
    @Ctx() ctx: PropertyContext,
    @Arg('asOf', () => String, {
      nullable: true,
      description: '截至日期 as of this date (YYYY-MM-DD), default today',
    })
    asOf?: string | null,
  ): Promise<boolean> {
    const date = asOf ? assertDate(asOf, 'asOf') : today();
    const [history, meetings] = await Promise.all([
      ctx.loaders.managementChangesByCompoundId.load(c.id),
      ctx.loaders.meetingsByCompoundId.load(c.id),
    ]);
    const state = changeAsOf(history, date);
    const company =
      state?.companyId == null ? null : await ctx.loaders.companyById.load(state.companyId);
    if (company?.partyOrganizationId == null) return false;
    const from = redWindowStart(date);
    return meetings.some((m) => m.heldOn > from && m.heldOn <= date);
  }

  @FieldOrNull(() => ServiceEvaluation, '最近一次考核 the latest quarterly service evaluation')
  latestEvaluation(@Root() c: ResidentialCompound, @Ctx() ctx: PropertyContext) {
    return ctx.loaders.latestEvaluationByCompoundId.load(c.id);
  }

  @FieldOrNull(() => FeeDisclosure, '最近公示 the latest revision of the last published month')
  latestFeeDisclosure(@Root() c: ResidentialCompound, @Ctx() ctx: PropertyContext) {
    return ctx.loaders.latestDisclosureByCompoundId.load(c.id);
  }

  @FieldOrNull(() => String, '最近公示月份 the last month published (YYYY-MM)')
  async lastPublishedMonth(
    @Root() c: ResidentialCompound,
    @Ctx() ctx: PropertyContext,
  ): Promise<string | null> {
    return (await ctx.loaders.latestDisclosureByCompoundId.load(c.id))?.month ?? null;
  }
}

@Resolver(() => CompoundManagementChange)
export class ManagementChangeResolver extends Resolving<CompoundManagementChange, PropertyContext>(
  CompoundManagementChange,
  {
    fields: {
      company: link(
        PropertyCompany,
        '物业企业 the company from this date, if any',
        'companyById',
        'companyId',
      ),
    },
  },
) {}
