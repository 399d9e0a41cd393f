import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, Length, Matches, ValidateNested } from 'class-validator';
import { CommitteeRole } from './committee.entity';
import { LocalDate } from '../../../shared/scalars';

@InputType({ description: '业委会成员 a committee member (an owner)' })
export class CommitteeMemberInput {
  @Field({ description: '姓名 name (personal data)' })
  @Length(1, 50)
  name!: string;

  @Field({ description: '电话 phone (personal data)' })
  @Matches(/^\+?\d[\d-]{5,18}$/)
  phone!: string;

  @Field(() => CommitteeRole, { description: '职务 role' })
  role!: CommitteeRole;

  @Field(() => ID, {
    nullable: true,
    description: "党员 the member's party-member id (party subgraph), when a party member",
  })
  partyMemberId?: string | null;

  @Field({ defaultValue: false, description: '交叉任职 also on the community "two committees"' })
  crossAppointed!: boolean;
}

@InputType({ description: "组建业委会 an owners' committee for one term" })
export class FormCommitteeInput {
  @Field(() => ID, { description: '小区编号 compound id' })
  compoundId!: string;

  @Field(() => LocalDate, { description: '任期开始 term starts (YYYY-MM-DD)' })
  termStart!: string;

  @Field(() => LocalDate, { description: '任期结束 term ends (YYYY-MM-DD), at most five years on' })
  termEnd!: string;

  @Field(() => [CommitteeMemberInput], { description: '成员 members, 3 to 15' })
  @ArrayMinSize(3)
  @ArrayMaxSize(15)
  @ValidateNested({ each: true })
  members!: CommitteeMemberInput[];
}
