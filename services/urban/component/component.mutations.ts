import { Arg, Ctx, Resolver } from 'type-graphql';
import { UrbanComponent } from './component.entity';
import { CreateUrbanComponentInput } from './component.inputs';
import { writeTransaction } from '../../../shared/tx';
import { idempotent } from '../../../shared/idempotency';
import { assertWithin } from '../../../shared/auth/policy';
import type { UrbanContext } from '../context';
import { PLACE_STAFF, WriteMutation, argPlace } from '../../../shared/auth/write-rule';

@Resolver(() => UrbanComponent)
export class UrbanComponentMutations {
  @WriteMutation(
    () => UrbanComponent,
    "登记部件 add a component to the inventory of a grid in the caller's jurisdiction",
    { roles: [...PLACE_STAFF, 'DEPARTMENT'], place: argPlace('input.gridCode') },
  )
  createUrbanComponent(
    @Arg('input') input: CreateUrbanComponentInput,
    @Ctx() ctx: UrbanContext,
  ): Promise<UrbanComponent> {
    // Refused before anything is written; the row guard checks the insert again (shared/auth/row-guard).
    assertWithin(ctx.viewer, input.gridCode, 'the grid');
    return writeTransaction(ctx.dataSource, async (em) => {
      const load = (id: number) => em.findOneBy(UrbanComponent, { id });
      return idempotent(em, 'createUrbanComponent', input.idempotencyKey, load, async () => {
        const { identifiers } = await em.insert(UrbanComponent, {
          gridCode: input.gridCode,
          kind: input.kind,
          condition: input.condition,
          locationLabel: input.locationLabel,
          installedOn: input.installedOn ?? new Date().toISOString().slice(0, 10),
        });
        return (await load(Number(identifiers[0].id)))!;
      });
    });
  }
}
