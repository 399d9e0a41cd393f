import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, Resolver } from 'type-graphql';
import {
  PartyGridKind,
  PartyOrganization,
  MAX_PATH_LENGTH,
  pathIds,
  pathRange,
  pathSegment,
} from './organization.entity';
import { CreatePartyOrganizationInput, MovePartyOrganizationArgs } from './organization.inputs';
import { GRID_TIED, assertParent, assertPlacement } from './organization.rules';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/errors';
import { findForUpdate } from '../support';
import { parseId } from '../../../shared/ids';
import type { PartyContext } from '../context';
import { writeTransaction } from '../../../shared/tx';
import {
  REGION_STAFF,
  WriteMutation,
  argPlace,
  places,
  rowPlace,
} from '../../../shared/auth/write-rule';

@Resolver(() => PartyOrganization)
export class PartyOrganizationMutations {
  @WriteMutation(
    () => PartyOrganization,
    '新建党组织 create an organisation under a parent one level up',
    {
      roles: REGION_STAFF,
      place: places(argPlace('input.gridCode'), argPlace('input.regionCode')),
    },
  )
  async createPartyOrganization(
    @Arg('input') input: CreatePartyOrganizationInput,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyOrganization> {
    const gridTied = GRID_TIED.has(input.level);
    const draft = {
      name: input.name,
      level: input.level,
      regionCode:
        input.regionCode ?? (gridTied && input.gridCode ? input.gridCode.slice(0, 12) : ''),
      gridCode: input.gridCode ?? null,
      gridKind: gridTied ? (input.gridKind ?? PartyGridKind.RESIDENTIAL) : null,
      buildingLabel: input.buildingLabel ?? null,
      secretary: input.secretary ?? null,
    };
    assertPlacement(draft);
    const parentId = input.parentId == null ? null : parseId(input.parentId, 'parentId');
    return writeTransaction(ctx.dataSource, async (em) => {
      const parent =
        parentId == null
          ? null
          : (await findForUpdate(em, PartyOrganization, [parentId])).get(parentId);
      if (parent === undefined) throw new NotFoundError('PartyOrganization', parentId!);
      assertParent(draft, parent);
      if (parent && parent.path.length + 8 > MAX_PATH_LENGTH)
        throw new BadUserInputError('the tree is too deep here', { field: 'parentId' });
      const repo = em.getRepository(PartyOrganization);
      // The path needs the new id; a unique placeholder holds its place for the one statement in between.
      const saved = await repo.save(repo.create({ ...draft, parentId, path: `~${randomUUID()}` }));
      saved.path = (parent?.path ?? '') + pathSegment(saved.id);
      await repo.update(saved.id, { path: saved.path });
      return saved;
    });
  }

  @WriteMutation(
    () => PartyOrganization,
    '调整隶属关系 move an organisation and its subtree under a new parent; cycles and level jumps are refused',
    {
      roles: REGION_STAFF,
      place: places(rowPlace(PartyOrganization, 'id'), rowPlace(PartyOrganization, 'newParentId')),
    },
  )
  async movePartyOrganization(
    @Args() args: MovePartyOrganizationArgs,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyOrganization> {
    const id = parseId(args.id, 'id');
    const newParentId = parseId(args.newParentId, 'newParentId');
    if (id === newParentId)
      throw new BadUserInputError('an organisation cannot be its own parent', {
        field: 'newParentId',
        reason: 'CYCLE',
      });
    const repo = ctx.dataSource.getRepository(PartyOrganization);
    const seen = await repo.findBy([{ id }, { id: newParentId }]);
    const org0 = seen.find((o) => o.id === id);
    const parent0 = seen.find((o) => o.id === newParentId);
    if (!org0) throw new NotFoundError('PartyOrganization', id);
    if (!parent0) throw new NotFoundError('PartyOrganization', newParentId);
    // Lock both chains up to the root: two moves that could close a cycle share a row and queue.
    const chain = [...pathIds(org0.path), ...pathIds(parent0.path)];
    return writeTransaction(ctx.dataSource, async (em) => {
      const locked = await findForUpdate(em, PartyOrganization, chain);
      const org = locked.get(id);
      const parent = locked.get(newParentId);
      if (!org || !parent || org.path !== org0.path || parent.path !== parent0.path) {
        throw new ConflictError(
          'the organisation tree changed while moving; read it again and retry',
        );
      }
      if (args.expectedVersion != null && args.expectedVersion !== org.version) {
        throw new ConflictError(
          `organisation ${id} is at version ${org.version}, not ${args.expectedVersion}`,
          { currentVersion: org.version },
        );
      }
      if (parent.path.startsWith(org.path)) {
        throw new BadUserInputError(
          `moving ${id} under its own descendant ${newParentId} would create a cycle`,
          { field: 'newParentId', reason: 'CYCLE' },
        );
      }
      assertParent(org, parent);
      const newPath = parent.path + pathSegment(id);
      const { lo, hi } = pathRange(org.path);
      const maxRows: { m: number | string | null }[] = await em.query(
        'SELECT MAX(LENGTH(path)) AS m FROM party_organizations WHERE path >= ? AND path < ?',
        [lo, hi],
      );
      if (Number(maxRows[0]?.m ?? 0) - org.path.length + newPath.length > MAX_PATH_LENGTH) {
        throw new BadUserInputError('the tree would become too deep', { field: 'newParentId' });
      }
      // One set-based statement rewrites the whole subtree's paths.
      await em.query(
        'UPDATE party_organizations SET path = CONCAT(?, SUBSTR(path, ?)) WHERE path >= ? AND path < ?',
        [newPath, org.path.length + 1, lo, hi],
      );
      await em.query(
        'UPDATE party_organizations SET parent_id = ?, version = version + 1 WHERE id = ?',
        [newParentId, id],
      );
      return (await em.getRepository(PartyOrganization).findOneBy({ id }))!;
    });
  }
}
