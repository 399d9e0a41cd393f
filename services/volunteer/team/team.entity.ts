import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';

export enum VolunteerCategory {
  POLICY_OUTREACH = 'POLICY_OUTREACH',
  LEGAL_AID = 'LEGAL_AID',
  HEALTH = 'HEALTH',
  POVERTY_RELIEF = 'POVERTY_RELIEF',
  ELDERLY_DISABLED = 'ELDERLY_DISABLED',
  SANITATION = 'SANITATION',
  PATROL = 'PATROL',
  MEDIATION = 'MEDIATION',
  REPAIR = 'REPAIR',
  CULTURE = 'CULTURE',
}

registerEnumType(VolunteerCategory, {
  name: 'VolunteerCategory',
  description: '志愿服务类别 volunteer service category',
  valuesConfig: {
    POLICY_OUTREACH: { description: '政策宣讲 policy outreach' },
    LEGAL_AID: { description: '法律援助 legal aid' },
    HEALTH: { description: '健康义诊 health and free clinics' },
    POVERTY_RELIEF: { description: '扶贫帮困 poverty relief' },
    ELDERLY_DISABLED: { description: '助老助残 help for the elderly and disabled' },
    SANITATION: { description: '卫生保洁 sanitation and clean-up' },
    PATROL: { description: '治安巡逻 safety patrol' },
    MEDIATION: { description: '民事调解 dispute mediation' },
    REPAIR: { description: '义务维修 free repairs' },
    CULTURE: { description: '文化文艺 culture and the arts' },
  },
});

@Entity('volunteer_teams')
@Index(['regionCode', 'category'])
@ObjectType({ description: '志愿服务队 Volunteer team, tied to a grid or a whole community' })
@Directive('@key(fields: "id")')
@Place('gridCode', 'regionCode')
export class VolunteerTeam {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: '队名 team name' })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => VolunteerCategory, { description: '服务类别 service category' })
  category!: VolunteerCategory;

  @Column({ type: 'varchar', length: 12 })
  @Field({ description: '所属社区代码 the 12-digit community the team belongs to' })
  regionCode!: string;

  @Index()
  @Column({ type: 'varchar', length: 15, nullable: true })
  @Field(() => String, { nullable: true, description: '所属网格编码 the grid it serves; null for a community-wide team' })
  gridCode!: string | null;

  @Column({ type: 'int', nullable: true })
  leaderVolunteerId!: number | null;

  @Column({ type: 'datetime' })
  @Field({ description: '成立时间 founded at' })
  foundedAt!: Date;
}
