import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { PersonRecord, Place } from '../../../shared/auth/policy';
import { Col, WithRecordId } from '../../../shared/columns';

@Entity('party_alliances')
@ObjectType({
  description: '党建联盟 Party-building alliance of a street or community with its member units',
})
@Place('regionCode')
export class PartyAlliance extends WithRecordId {
  @Col.text(100, '名称 name')
  name!: string;

  @Col.text(12, '所在区划 street (9) or community (12) code', { index: true })
  regionCode!: string;

  @Column({ type: 'int', nullable: true })
  leadOrganizationId!: number | null;

  @Col.date('成立日期 founded on (YYYY-MM-DD)')
  foundedOn!: string;
}

/** A member unit with its four lists (四项清单). */
@Entity('party_alliance_members')
@Index(['allianceId', 'unitId'], { unique: true })
@ObjectType({
  description: '联盟成员单位 Member unit of an alliance, with its four lists (四项清单)',
})
@Place('regionCode')
export class PartyAllianceMember extends WithRecordId {
  @Column({ type: 'int' })
  allianceId!: number;

  @Index()
  @Column({ type: 'int' })
  unitId!: number;

  @Col.text(12, '联盟所在区划 region code of the alliance', { index: true })
  regionCode!: string;

  @Col.date('加入日期 joined on (YYYY-MM-DD)')
  joinedOn!: string;

  @Col.json(() => [String], '组织共建 joint organisation building')
  coBuilding!: string[];

  @Col.json(() => [String], '资源共享 shared resources')
  resourceSharing!: string[];

  @Col.json(() => [String], '事务共商 affairs consulted on together')
  affairsConsultation!: string[];

  @Col.json(() => [String], '人才共育 talent developed together')
  talentDevelopment!: string[];
}

/** 兼职委员: a resident unit's party leader sitting on a 大工委 or 联合党委. */
@Entity('party_joint_committee_members')
@ObjectType({
  description:
    '兼职委员 Part-time member of a joint committee (大工委/联合党委), from a resident unit',
})
@Place('regionCode')
@PersonRecord()
export class JointCommitteeMember extends WithRecordId {
  @Index()
  @Column({ type: 'int' })
  organizationId!: number;

  @Index()
  @Column({ type: 'int' })
  unitId!: number;

  @Col.text(50, '姓名 name (personal data)', { personal: 'name' })
  name!: string;

  @Col.text(50, '单位职务 position in the unit, e.g. 党委书记')
  position!: string;

  @Col.text(12, '联合党委所在区划 region code of the joint committee', { index: true })
  regionCode!: string;
}
