import { Entity } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { Col, WithId } from '../../../shared/columns';
import { Out } from '../../../shared/output-fields';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export type SecretaryLevel = EnumValue<typeof SecretaryLevel>;
export type ProjectStatus = EnumValue<typeof ProjectStatus>;

export const SecretaryLevel = defineEnum(
  'SecretaryLevel',
  '书记层级 the level of the secretary who claims a project (Changchun: 15 county, 73 street, 440 community secretaries)',
  {
    CITY: '市委书记 city',
    DISTRICT: '区（县）委书记 district or county',
    STREET: '街道党工委书记 street',
    COMMUNITY: '社区党组织书记 community',
  },
);
export const ProjectStatus = defineEnum(
  'SecretaryProjectStatus',
  '项目状态 where a secretary project stands',
  {
    CLAIMED: '已领办 claimed, not yet reviewed',
    IN_PROGRESS: '推进中 under way, reviewed',
    RECTIFYING: '限期整改 ordered to rectify by a deadline',
    COMPLETED: '已完成 delivered, counted in the annual report (述职评议)',
  },
);

@ObjectType({ description: '项目节点 a milestone of a secretary project' })
export class ProjectMilestone {
  @Out.text('节点 what is to be done')
  title!: string;

  @Out.text('计划完成日期 due on (YYYY-MM-DD)')
  dueOn!: string;

  @Out.bool('是否完成 done')
  done!: boolean;
}

/** 书记项目 / 书记一号工程 / 领办: a secretary claims one problem and answers for it in the annual report. */
@Entity('secretary_projects')
@Place('regionCode')
@ObjectType({
  description:
    '书记项目（书记一号工程、领办项目） a problem a party secretary claims to solve, with milestones and dated reviews, counted in the annual report (述职评议)',
})
export class SecretaryProject extends WithId {
  @Col.text(16, "书记层级 the owner's level", { type: () => SecretaryLevel })
  level!: SecretaryLevel;

  @Col.text(
    12,
    '区划代码 the region of the owner (6 digits city or district, 9 street, 12 community)',
    { index: true },
  )
  regionCode!: string;

  @Col.int("党组织编号 the owner's party organisation (party subgraph)", {
    nullable: true,
    index: true,
  })
  organizationId!: number | null;

  @Col.text(32, '书记 the secretary who claimed it', { personal: 'name' })
  secretaryName!: string;

  @Col.int('年度 year')
  year!: number;

  @Col.text(100, '项目名称 title')
  title!: string;

  @Col.text(500, '要解决的问题 the problem claimed')
  problem!: string;

  @Col.json(() => [ProjectMilestone], '项目节点 milestones')
  milestones!: ProjectMilestone[];

  @Col.text(16, '状态 status', { type: () => ProjectStatus })
  status!: ProjectStatus;

  @Col.int('解决问题数 problems solved so far')
  problemsSolved!: number;

  @Col.date('领办日期 claimed on (YYYY-MM-DD)')
  claimedOn!: string;
}
