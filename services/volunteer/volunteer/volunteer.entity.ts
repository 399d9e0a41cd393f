import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PersonalData } from '../../../shared/personal-data';
import { PersonRecord, Place } from '../../../shared/auth/policy';

@Entity('volunteers')
@ObjectType({
  description: '志愿者 Volunteer; an in-service party member volunteering is a "党员帮客"',
})
@Directive('@key(fields: "id")')
@Place('regionCode')
@PersonRecord()
export class Volunteer {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Column({ type: 'varchar', length: 50 })
  @Field({ description: '姓名 name (personal data)' })
  @PersonalData('name')
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field({ description: '电话 phone (personal data)' })
  @PersonalData('phone')
  phone!: string;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  @Field({ description: '登记社区代码 the 12-digit community where the volunteer is registered' })
  regionCode!: string;

  @Index()
  @Column({ type: 'int', nullable: true })
  partyMemberId!: number | null;

  @Column({ type: 'datetime' })
  @Field({ description: '登记时间 registered at' })
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
