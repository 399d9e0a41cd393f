import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';

/** "1+3+N" consultation: the community party organisation, the three parties, and N others. */
@Entity('linkage_meetings')
@Index(['compoundId', 'heldOn'])
@Index(['gridCode', 'heldOn'])
@ObjectType({
  description:
    '三方联动议事 Linkage meeting ("1+3+N"): party organisation, residents\' committee, owners\' committee, company and others',
})
@Place('gridCode')
export class LinkageMeeting {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '会议编号 meeting id' })
  id!: number;

  @Column({ type: 'int' })
  compoundId!: number;

  @Column({ type: 'varchar', length: 15 })
  @Field({ description: "所在网格编码 the compound's grid code" })
  gridCode!: string;

  @Column({ type: 'date' })
  @Field({ description: '召开日期 held on (YYYY-MM-DD)' })
  heldOn!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: '议题 topic' })
  topic!: string;

  @Column({ type: 'int', nullable: true })
  partyOrganizationId!: number | null;

  @Column({ type: 'boolean', default: true })
  @Field({ description: "居委会参加 the residents' committee took part" })
  residentsCommittee!: boolean;

  @Column({ type: 'int', nullable: true })
  ownersCommitteeId!: number | null;

  @Column({ type: 'int', nullable: true })
  companyId!: number | null;

  /** JSON array of the "N" parties' names: a short list read with the meeting, never queried by. */
  @Column({ type: 'text' })
  otherParties!: string;
}

@Entity('linkage_decisions')
@ObjectType({
  description: '议定事项 Decision of a linkage meeting, possibly followed up as a grid case',
})
@Place('gridCode')
export class LinkageDecision {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '事项编号 decision id' })
  id!: number;

  @Index()
  @Column({ type: 'int' })
  meetingId!: number;

  @Index()
  @Column({ type: 'varchar', length: 15 })
  @Field({ description: "所在网格编码 the compound's grid code" })
  gridCode!: string;

  @Column({ type: 'varchar', length: 500 })
  @Field({ description: '决定内容 what was decided' })
  content!: string;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '需立案跟进 a follow-up case is to be opened in the grid subgraph' })
  followUpRequired!: boolean;

  @Index({ unique: true })
  @Column({ type: 'int', nullable: true })
  followUpCaseId!: number | null;
}
