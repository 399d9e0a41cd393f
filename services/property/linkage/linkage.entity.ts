import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { Col } from '../../../shared/columns';
import { CompoundRecord } from '../compound-record';

/** "1+3+N" consultation: the community party organisation, the three parties, and N others. */
@Entity('linkage_meetings')
@Index(['compoundId', 'heldOn'])
@Index(['gridCode', 'heldOn'])
@ObjectType({
  description:
    '三方联动议事 Linkage meeting ("1+3+N"): party organisation, residents\' committee, owners\' committee, company and others',
})
@Place('gridCode')
export class LinkageMeeting extends CompoundRecord('会议编号 meeting id') {
  @Col.date('召开日期 held on (YYYY-MM-DD)')
  heldOn!: string;

  @Col.text(200, '议题 topic')
  topic!: string;

  @Column({ type: 'int', nullable: true })
  partyOrganizationId!: number | null;

  @Col.bool("居委会参加 the residents' committee took part", { default: true })
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
  @Col.id('事项编号 decision id')
  id!: number;

  @Index()
  @Column({ type: 'int' })
  meetingId!: number;

  @Col.text(15, "所在网格编码 the compound's grid code", { index: true })
  gridCode!: string;

  @Col.text(500, '决定内容 what was decided')
  content!: string;

  @Col.bool('需立案跟进 a follow-up case is to be opened in the grid subgraph', { default: false })
  followUpRequired!: boolean;

  @Index({ unique: true })
  @Column({ type: 'int', nullable: true })
  followUpCaseId!: number | null;
}
