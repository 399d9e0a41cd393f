import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PropertyCompany } from './company.entity';
import { RegisterCompanyInput } from './company.inputs';
import { assertCreditCode } from './credit-code';
import { ResidentialCompound } from '../compound/compound.entity';
import { PartyOrganization, partyOrganizationRef } from '../place.stub';
import { parseId, IdArg } from '../../../shared/ids';
import { isUniqueViolation } from '../../../shared/db-errors';
import { PageArgs, pageOf, PageOf, type Page } from '../../../shared/pagination';
import { scopeSql } from '../../../shared/codes';
import { ConflictError, NotFoundError } from '../../../shared/errors';
import { writeTransaction } from '../../../shared/tx';
import type { PropertyContext } from '../context';
import { byId, Resolving } from '../../../shared/queries';
import { WriteRule, rowPlace } from '../../../shared/auth/write-rule';
import { Input } from '../../../shared/input-fields';
import { FieldOrNull } from '../../../shared/field-resolvers';
import { Out } from '../../../shared/output-fields';

export const PropertyCompanyPage = PageOf(
  PropertyCompany,
  '物业企业分页 a page of property companies',
);

@ObjectType({ description: "考核趋势点 a company's scores in one quarter" })
export class PropertyScorePoint {
  @Out.text('季度 quarter, e.g. 2026Q3')
  quarter!: string;

  @Out.int('考核次数 evaluations (one per compound served)')
  evaluations!: number;

  @Out.float('平均分 average score 0–100')
  averageScore!: number;
}

@ArgsType()
export class CompanyFilterArgs extends PageArgs {
  @Input.text('名称包含 name contains', { nullable: true, length: [1, 50] })
  name?: string;
}

@Resolver(() => PropertyCompany)
export class CompanyResolver extends Resolving<PropertyCompany, PropertyContext>(PropertyCompany, {
  queries: {
    propertyCompany: byId('按编号查物业企业 one company by id', '企业编号 company id', (ctx, id) =>
      ctx.loaders.companyById.load(id),
    ),
  },
}) {
  @Query(() => PropertyCompanyPage, { description: '物业企业列表 property companies, paginated' })
  async propertyCompanies(
    @Args() args: CompanyFilterArgs,
    @Ctx() ctx: PropertyContext,
  ): Promise<Page<PropertyCompany>> {
    const qb = ctx.dataSource
      .getRepository(PropertyCompany)
      .createQueryBuilder('p')
      .where(...scopeSql('PropertyCompany'));
    if (args.name)
      qb.andWhere('p.name LIKE :name', { name: `%${args.name.replace(/[%_\\]/g, '\\$&')}%` });
    return pageOf(qb, args, { 'p.id': 'ASC' });
  }

  @WriteRule({
    roles: ['CITY_ADMIN', 'STREET_STAFF'],
    place: (a) => String(a.input?.creditCode ?? '').slice(2, 8) || null,
  })
  @Mutation(() => PropertyCompany, {
    description:
      '登记物业企业 register a company; the credit code is checked (GB 32100) and unique',
  })
  async registerPropertyCompany(
    @Arg('input', { description: '企业 the company' }) input: RegisterCompanyInput,
    @Ctx() ctx: PropertyContext,
  ) {
    const creditCode = assertCreditCode(input.creditCode);
    const partyOrganizationId =
      input.partyOrganizationId == null
        ? null
        : parseId(input.partyOrganizationId, 'partyOrganizationId');
    const duplicate = () =>
      new ConflictError(`a company with credit code ${creditCode} is already registered`, {
        field: 'creditCode',
      });
    try {
      return await writeTransaction(ctx.dataSource, async (em) => {
        const repo = em.getRepository(PropertyCompany);
        if (await repo.existsBy({ creditCode })) throw duplicate();
        return repo.save(
          repo.create({
            name: input.name,
            creditCode,
            regionCode: creditCode.slice(2, 8),
            stateOwned: input.stateOwned,
            partyOrganizationId,
          }),
        );
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicate();
      throw err;
    }
  }

  @WriteRule({
    roles: ['CITY_ADMIN', 'STREET_STAFF'],
    place: rowPlace(PropertyCompany, 'companyId'),
  })
  @Mutation(() => PropertyCompany, {
    description: "关联企业党组织 set or clear the company's party organisation (party subgraph)",
  })
  async setCompanyPartyOrganization(
    @IdArg('企业编号 company id', 'companyId') companyId: string,
    @Arg('partyOrganizationId', () => ID, {
      nullable: true,
      description: '党组织编号 party organisation id; null clears it',
    })
    partyOrganizationId: string | null,
    @Ctx() ctx: PropertyContext,
  ) {
    const id = parseId(companyId, 'companyId');
    const orgId =
      partyOrganizationId == null ? null : parseId(partyOrganizationId, 'partyOrganizationId');
    return writeTransaction(ctx.dataSource, async (em) => {
      const company = await em.findOneBy(PropertyCompany, { id });
      if (!company) throw new NotFoundError('PropertyCompany', id);
      await em.update(PropertyCompany, { id }, { partyOrganizationId: orgId });
      return Object.assign(company, { partyOrganizationId: orgId });
    });
  }

  @FieldOrNull(
    () => PartyOrganization,
    "企业党组织 the company's party organisation (party subgraph)",
  )
  partyOrganization(@Root() c: PropertyCompany): PartyOrganization | null {
    return partyOrganizationRef(c.partyOrganizationId);
  }

  @FieldResolver(() => [ResidentialCompound], { description: '服务小区 compounds it manages now' })
  compounds(@Root() c: PropertyCompany, @Ctx() ctx: PropertyContext) {
    return ctx.loaders.compoundsByCompanyId.load(c.id);
  }

  @FieldResolver(() => [PropertyScorePoint], {
    description: '考核趋势 average score per quarter, oldest first',
  })
  scoreTrend(@Root() c: PropertyCompany, @Ctx() ctx: PropertyContext) {
    return ctx.loaders.scoreTrendByCompanyId.load(c.id);
  }
}
