import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { AccountabilityProject } from './project.entity';
import { CreateAccountabilityProjectInput } from './project.inputs';
import { writeTransaction } from '../../../shared/tx';
import { assertWithin } from '../../../shared/auth/policy';
import type { AccountabilityContext } from '../context';

@Resolver(() => AccountabilityProject)
export class AccountabilityProjectMutations {
  @Mutation(() => AccountabilityProject, { description: '登记书记项目 record a AccountabilityProject on a grid of the caller\'s jurisdiction' })
  createAccountabilityProject(@Arg('input') input: CreateAccountabilityProjectInput, @Ctx() ctx: AccountabilityContext): Promise<AccountabilityProject> {
    // Refused before anything is written; the row guard checks the insert again (shared/auth/row-guard).
    assertWithin(ctx.viewer, input.gridCode, 'the grid');
    return writeTransaction(ctx.dataSource, async (em) => {
      const { identifiers } = await em.insert(AccountabilityProject, { gridCode: input.gridCode, label: input.label, caseId: null, recordedAt: new Date() });
      return (await em.findOneBy(AccountabilityProject, { id: Number(identifiers[0].id) }))!;
    });
  }
}
