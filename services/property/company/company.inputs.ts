import { InputType } from 'type-graphql';
import { Input } from '../../../shared/input-fields';

@InputType({ description: '登记物业企业 a property company to register' })
export class RegisterCompanyInput {
  @Input.text('名称 name', { length: [2, 100] })
  name!: string;

  @Input.text(
    '统一社会信用代码 unified social credit code, 18 characters with a valid check character',
  )
  creditCode!: string;

  @Input.bool('国有企业 state-owned', { defaultValue: false })
  stateOwned!: boolean;

  @Input.id("企业党组织 the company's party organisation (party subgraph), if any", {
    nullable: true,
  })
  partyOrganizationId?: string | null;
}
