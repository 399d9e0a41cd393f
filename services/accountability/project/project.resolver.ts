import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { AccountabilityProject } from './project.entity';
import { Grid, gridRef } from '../place.stub';
import { PageArgs, Paginated, toPage } from '../../../shared/pagination';
import { assertPrefix, underPrefixSql } from '../../../shared/codes';
import { BadUserInputError } from '../../../shared/errors';
import type { AccountabilityContext } from '../context';

@ObjectType({ description: '书记项目分页 a page of AccountabilityProject' })
export class AccountabilityProjectPage extends Paginated(AccountabilityProject) {}

@ArgsType()
export class AccountabilityProjectFilterArgs extends PageArgs {
  @Field({ description: '区划或网格编码前缀 every row under this region or grid code' })
  under!: string;
}

@Resolver(() => AccountabilityProject)
export class AccountabilityProjectResolver {
  @Query(() => AccountabilityProject, { nullable: true, description: '按编号查书记项目 one AccountabilityProject by id' })
  accountabilityProject(@Arg('id', () => ID) id: string, @Ctx() ctx: AccountabilityContext) {
    const n = Number(id);
    if (!Number.isSafeInteger(n) || n <= 0) throw new BadUserInputError(`id "${id}" must be a positive number`, { field: 'id' });
    return ctx.loaders.accountabilityProjectById.load(n);
  }

  @Query(() => AccountabilityProjectPage, { description: '书记项目查询 rows under a region or grid code, cut to the caller\'s jurisdiction' })
  async accountabilityProjects(@Args() args: AccountabilityProjectFilterArgs, @Ctx() ctx: AccountabilityContext): Promise<AccountabilityProjectPage> {
    const [range, params] = underPrefixSql('r.grid_code', assertPrefix(args.under, 'under'));
    const [items, total] = await ctx.dataSource.getRepository(AccountabilityProject).createQueryBuilder('r').where(range, params)
      .orderBy('r.id', 'ASC').skip(args.offset).take(args.limit).getManyAndCount();
    return toPage(items, total, args);
  }

  @FieldResolver(() => Grid, { description: '所在网格 the grid (grid subgraph)' })
  grid(@Root() r: AccountabilityProject): Grid {
    return gridRef(r.gridCode);
  }
}
