import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { PersonalData } from '../../../shared/personal-data';

export enum RepresentativeKind {
  PARTY_CONGRESS = 'PARTY_CONGRESS',
  PEOPLES_CONGRESS = 'PEOPLES_CONGRESS',
  CPPCC = 'CPPCC',
}
registerEnumType(RepresentativeKind, {
  name: 'RepresentativeKind',
  description: '两代表一委员 who receives residents',
  valuesConfig: {
    PARTY_CONGRESS: { description: '党代表 party congress deputy' },
    PEOPLES_CONGRESS: { description: "人大代表 people's congress deputy" },
    CPPCC: { description: '政协委员 CPPCC member' },
  },
});

/** 两代表一委员工作室: deputies and CPPCC members receive residents in a community. */
@Entity('receptions')
@Place('communityCode')
@ObjectType({
  description:
    '两代表一委员接待 a reception of residents by a deputy or CPPCC member at the community studio (两代表一委员工作室; 2,400 problems a year)',
})
export class Reception {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  @Field({ description: '社区代码 the community (12 digits)' })
  communityCode!: string;

  @Column({ type: 'varchar', length: 32 })
  @PersonalData('name')
  @Field({ description: '代表委员 the deputy or member' })
  representativeName!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => RepresentativeKind, {
    description: "身份 party deputy, people's deputy or CPPCC member",
  })
  representativeKind!: RepresentativeKind;

  @Column({ type: 'date' })
  @Field({ description: '接待日期 received on (YYYY-MM-DD)' })
  receivedOn!: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '接待群众 residents received' })
  residents!: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '收集问题 problems raised' })
  problemsRaised!: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '解决问题 problems solved' })
  problemsSolved!: number;

  @Column({ type: 'simple-json' })
  @Field(() => [String], { description: '反映事项 the topics raised' })
  topics!: string[];
}
