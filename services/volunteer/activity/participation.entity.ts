import { Column, Entity, Index } from 'typeorm';
import { Field, Float, ObjectType } from 'type-graphql';
import { PersonRecord, Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { Col, WithId } from '../../../shared/columns';

export type ParticipationState = EnumValue<typeof ParticipationState>;
export type VerifierRole = EnumValue<typeof VerifierRole>;

export const ParticipationState = defineEnum(
  'ParticipationState',
  '参与状态 participation state; only verified hours count',
  {
    SIGNED_UP: '已报名 signed up, no hours yet',
    RECORDED: '已登记时长 hours recorded, awaiting verification',
    VERIFIED: '已核实 hours verified by the team leader or the community',
  },
);

export const VerifierRole = defineEnum('VerifierRole', '核实人身份 who verifies service hours', {
  TEAM_LEADER: '队长 the team leader',
  COMMUNITY: '社区工作人员 community staff',
});

@Entity('participations')
@Index(['activityId', 'volunteerId'], { unique: true })
@Index(['volunteerId', 'state'])
@Index(['regionCode', 'state'])
@ObjectType({
  description: '参与记录 Participation: one volunteer in one activity, with the hours served',
})
@Place('regionCode')
@PersonRecord()
export class Participation extends WithId {
  @Column({ type: 'int' })
  activityId!: number;

  @Column({ type: 'int' })
  volunteerId!: number;

  @Col.text(12, "所在社区代码 the activity's community")
  regionCode!: string;

  @Col.text(16, '状态 state', { type: () => ParticipationState })
  state!: ParticipationState;

  // Minutes, not fractional hours: sums stay exact integers on every database.
  @Column({ type: 'int', nullable: true })
  minutes!: number | null;

  @Col.text(16, '核实人身份 who verified the hours', { nullable: true, type: () => VerifierRole })
  verifiedByRole!: VerifierRole | null;

  @Col.text(50, '核实人 name of the verifier (personal data)', { nullable: true, personal: 'name' })
  verifiedBy!: string | null;

  @Col.datetime('核实时间 verified at', { nullable: true })
  verifiedAt!: Date | null;

  @Col.datetime('报名时间 signed up at')
  signedUpAt!: Date;

  @Field(() => Float, {
    nullable: true,
    description: '服务时长(小时) hours served; null until recorded',
  })
  get hours(): number | null {
    return this.minutes == null ? null : this.minutes / 60;
  }
}
