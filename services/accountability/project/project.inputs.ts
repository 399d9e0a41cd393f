import { Field, InputType } from 'type-graphql';
import { Length, Matches } from 'class-validator';

@InputType({ description: '新建书记项目 a new AccountabilityProject on a grid' })
export class CreateAccountabilityProjectInput {
  @Field({ description: '网格编码 the 15-digit grid' })
  @Matches(/^\d{15}$/, { message: 'gridCode must be 15 digits' })
  gridCode!: string;

  @Field({ description: '名称 label' })
  @Length(1, 100)
  label!: string;
}
