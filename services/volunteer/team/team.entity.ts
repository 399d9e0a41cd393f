import { Column, Entity, Index } from 'typeorm';
import { Directive, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { Col, WithId } from '../../../shared/columns';

export type VolunteerCategory = EnumValue<typeof VolunteerCategory>;

export const VolunteerCategory = defineEnum(
  'VolunteerCategory',
  '志愿服务类别 volunteer service category',
  {
    POLICY_OUTREACH: '政策宣讲 policy outreach',
    LEGAL_AID: '法律援助 legal aid',
    HEALTH: '健康义诊 health and free clinics',
    POVERTY_RELIEF: '扶贫帮困 poverty relief',
    ELDERLY_DISABLED: '助老助残 help for the elderly and disabled',
    SANITATION: '卫生保洁 sanitation and clean-up',
    PATROL: '治安巡逻 safety patrol',
    MEDIATION: '民事调解 dispute mediation',
    REPAIR: '义务维修 free repairs',
    CULTURE: '文化文艺 culture and the arts',
  },
);

@Entity('volunteer_teams')
@Index(['regionCode', 'category'])
@ObjectType({ description: '志愿服务队 Volunteer team, tied to a grid or a whole community' })
@Directive('@key(fields: "id")')
@Place('gridCode', 'regionCode')
export class VolunteerTeam extends WithId {
  @Col.text(100, '队名 team name')
  name!: string;

  @Col.text(20, '服务类别 service category', { type: () => VolunteerCategory })
  category!: VolunteerCategory;

  @Col.text(12, '所属社区代码 the 12-digit community the team belongs to')
  regionCode!: string;

  @Col.text(15, '所属网格编码 the grid it serves; null for a community-wide team', {
    nullable: true,
    index: true,
  })
  gridCode!: string | null;

  @Column({ type: 'int', nullable: true })
  leaderVolunteerId!: number | null;

  @Col.datetime('成立时间 founded at')
  foundedAt!: Date;
}
