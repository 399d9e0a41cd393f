import type { EntityManager } from 'typeorm';
import { MicroWish, MicroWishState } from './micro-wish.entity';
import { ConflictError, NotFoundError } from '../../../shared/errors';
import { currentRow } from '../../../shared/sql';

/** The only legal path: OPEN → CLAIMED → FULFILLED → CONFIRMED. */
export const NEXT_STATES: Record<MicroWishState, MicroWishState[]> = {
  [MicroWishState.OPEN]: [MicroWishState.CLAIMED],
  [MicroWishState.CLAIMED]: [MicroWishState.FULFILLED],
  [MicroWishState.FULFILLED]: [MicroWishState.CONFIRMED],
  [MicroWishState.CONFIRMED]: [],
};

const FROM: Partial<Record<MicroWishState, MicroWishState>> = {
  [MicroWishState.CLAIMED]: MicroWishState.OPEN,
  [MicroWishState.FULFILLED]: MicroWishState.CLAIMED,
  [MicroWishState.CONFIRMED]: MicroWishState.FULFILLED,
};

/**
 * Moves a wish one step with `UPDATE ... WHERE id = ? AND state = <from>`: of two concurrent claims
 * exactly one updates a row; the other sees 0 affected rows and is told the state it lost to.
 */
export async function transitionMicroWish(
  em: EntityManager,
  id: number,
  to: MicroWishState,
  changes: Partial<MicroWish>,
): Promise<MicroWish> {
  const from = FROM[to]!;
  const result = await em
    .createQueryBuilder()
    .update(MicroWish)
    .set({ ...changes, state: to })
    .where('id = :id AND state = :from', { id, from })
    .execute();
  if (result.affected !== 1) {
    // The state it lost to, as committed now: not this transaction's snapshot, which may predate the winner.
    const current = await currentRow(em, MicroWish, id);
    if (!current) throw new NotFoundError('MicroWish', id);
    const allowed = NEXT_STATES[current.state];
    throw new ConflictError(
      `micro-wish ${id} is ${current.state} and cannot become ${to}; allowed next states: ${allowed.length ? allowed.join(', ') : 'none'}`,
      { currentState: current.state, allowedNextStates: allowed, requestedState: to },
    );
  }
  return em.findOneByOrFail(MicroWish, { id });
}
