import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { PersonalData } from '../../../shared/personal-data';

export enum HomeLevel {
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
}
registerEnumType(HomeLevel, {
  name: 'CadreHomeLevel',
  description: '派出单位层级 where a posted cadre comes from',
  valuesConfig: {
    CITY: { description: '市直机关 a city body' },
    DISTRICT: { description: '区直单位 a district body' },
  },
});

/** 第一书记 and 工作队下沉: a cadre posted to a community for a term, leading a work team. */
@Entity('first_secretary_assignments')
@Place('communityCode')
@ObjectType({
  description:
    '第一书记（工作队下沉） a cadre from a city or district body posted to a community for a term as its first secretary, leading a work team (Baishan: 30 cadres, 10 communities, one year)',
})
export class FirstSecretaryAssignment {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  @PersonalData('name')
  @Field({ description: '第一书记 the cadre (team leader)' })
  cadreName!: string;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: '党员编号 the cadre as a party member (party subgraph)',
  })
  partyMemberId!: number | null;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: '派出单位 home unit' })
  homeUnit!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => HomeLevel, { description: '派出单位层级 city or district body' })
  homeLevel!: HomeLevel;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  @Field({ description: '社区代码 the community served (12 digits)' })
  communityCode!: string;

  @Column({ type: 'date' })
  @Field({ description: '任期开始 term start (YYYY-MM-DD)' })
  termStart!: string;

  @Column({ type: 'date' })
  @Field({ description: '任期结束 term end (YYYY-MM-DD)' })
  termEnd!: string;

  @Column({ type: 'simple-json' })
  @PersonalData('name')
  @Field(() => [String], { description: '工作队队员 the other members of the work team' })
  teamMembers!: string[];

  @Column({ type: 'int' })
  @Field(() => Int, { description: '解决问题数 problems solved' })
  problemsSolved!: number;
}
