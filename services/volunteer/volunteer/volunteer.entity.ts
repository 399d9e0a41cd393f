import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, ObjectType } from 'type-graphql';
import { PersonRecord, Place } from '../../../shared/auth/policy';
import { Col, WithId } from '../../../shared/columns';

@Entity('volunteers')
@ObjectType({
  description: '志愿者 Volunteer; an in-service party member volunteering is a "党员帮客"',
})
@Directive('@key(fields: "id")')
@Place('regionCode')
@PersonRecord()
export class Volunteer extends WithId {
  @Col.text(50, '姓名 name (personal data)', { personal: 'name' })
  name!: string;

  @Col.text(20, '电话 phone (personal data)', { personal: 'phone' })
  phone!: string;

  @Col.text(12, '登记社区代码 the 12-digit community where the volunteer is registered', {
    index: true,
  })
  regionCode!: string;

  @Index()
  @Column({ type: 'int', nullable: true })
  partyMemberId!: number | null;

  @Col.datetime('登记时间 registered at')
  registeredAt!: Date;
}

/** A volunteer's membership of a team; a volunteer may serve in several teams. */
@Entity('volunteer_team_members')
@Index(['teamId', 'volunteerId'], { unique: true })
@Place('regionCode')
@PersonRecord()
export class TeamMembership {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  teamId!: number;

  @Index()
  @Column({ type: 'int' })
  volunteerId!: number;

  // The team's community, so a jurisdiction filter needs no join.
  @Index()
  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;
}
