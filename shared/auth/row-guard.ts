import { EventSubscriber, type EntitySubscriberInterface, type InsertEvent } from 'typeorm';
import { currentScope } from './request-scope';
import { isPublicRecord, mayRead, placeCodeOf, withinJurisdiction } from './policy';
import { ForbiddenError } from '../errors';

function check(entity: unknown, reading: boolean): void {
  const scope = currentScope();
  if (!scope?.mutating || !scope.viewer || !entity || typeof entity !== 'object') return;
  // Records of the public registry (a district-registered company or unit) are read by anyone, also while writing.
  if (reading && isPublicRecord(entity)) return;
  const code = placeCodeOf(entity);
  const allowed =
    !code ||
    (reading ? mayRead(scope.viewer, entity, code) : withinJurisdiction(scope.viewer, code));
  // The refusal names no code: the caller learns nothing about where the object lies.
  if (!allowed)
    throw new ForbiddenError(
      `a ${(entity as object).constructor.name} involved is outside your jurisdiction; nothing was written`,
    );
}

/**
 * The write side of jurisdiction, for every subgraph at once: while a mutation runs, any row it
 * loads (its target, a parent, a new place) or inserts must lie under the caller's prefix, or the
 * mutation fails with FORBIDDEN before anything is written and its transaction rolls back.
 */
@EventSubscriber()
export class RowGuardSubscriber implements EntitySubscriberInterface {
  afterLoad(entity: unknown): void {
    check(entity, true);
  }

  beforeInsert(event: InsertEvent<unknown>): void {
    const target = event.metadata.target;
    if (typeof target === 'function' && event.entity)
      check(Object.assign(Object.create(target.prototype), event.entity), false);
  }
}
