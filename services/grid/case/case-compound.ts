import type { Grid } from '../grid/grid.entity';
import { BadUserInputError } from '../../../shared/errors';
import { peerEntity } from '../../../shared/peer';
import type { GridContext } from '../context';

/**
 * A case's compound lies in the case's grid: the compound's own grid is the case's, as the
 * integrity audit holds it (scripts/audit/references.ts). Compounds are the property subgraph's: it
 * is asked (shared/peer.ts); a compound it does not know, or knows in another grid, is
 * BAD_USER_INPUT on compoundId, and the refusal names no grid but the caller's own.
 */
export async function assertCompoundInGrid(
  ctx: GridContext,
  grid: Grid,
  compoundId: number,
): Promise<void> {
  const compound = await peerEntity<{ gridCode: string }>(
    'property',
    { __typename: 'ResidentialCompound', id: String(compoundId) },
    'gridCode',
    { from: 'grid', requestId: ctx.requestId },
  );
  if (!compound)
    throw new BadUserInputError(`compound ${compoundId} does not exist`, { field: 'compoundId' });
  if (compound.gridCode !== grid.code)
    throw new BadUserInputError(`compound ${compoundId} does not lie in grid ${grid.code}`, {
      field: 'compoundId',
    });
}
