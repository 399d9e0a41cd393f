import { Field, ID, InputType } from 'type-graphql';
import { Length } from 'class-validator';

@InputType({ description: '登记物业企业 a property company to register' })
export class RegisterCompanyInput {
  @Field({ description: '名称 name' })
  @Length(2, 100)
  name!: string;

  @Field({
    description:
      '统一社会信用代码 unified social credit code, 18 characters with a valid check character',
  })
  creditCode!: string;

  @Field({ defaultValue: false, description: '国有企业 state-owned' })
  stateOwned!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: "企业党组织 the company's party organisation (party subgraph), if any",
  })
  partyOrganizationId?: string | null;
}
