import type { EntityManager } from 'typeorm';
import {
  DEFAULT_POINTS_PER_HOUR,
  PointsBalance,
  PointsEntry,
  PointsEntryKind,
  PointsRate,
} from './points.entity';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/errors';
import { uniquely } from '../../../shared/db-errors';

/**
 * The ledger's only writers. Each runs inside the caller's transaction: the balance row moves by a
 * conditional UPDATE that refuses to go below zero (`balance + delta >= 0`), and the entry is
 * appended in the same transaction, so the ledger's sum and the balance always agree.
 */
async function moveBalance(
  em: EntityManager,
  volunteerId: number,
  delta: number,
): Promise<boolean> {
  const result = await em
    .createQueryBuilder()
    .update(PointsBalance)
    .set({ balance: () => 'balance + :delta' })
    .where('volunteer_id = :id AND balance + :delta >= 0', { id: volunteerId, delta })
    .execute();
  return result.affected === 1;
}

async function append(
  em: EntityManager,
  entry: Omit<PointsEntry, 'id' | 'createdAt'>,
): Promise<PointsEntry> {
  const row = Object.assign(new PointsEntry(), entry, { createdAt: new Date() });
  await em.insert(PointsEntry, row);
  return row;
}

async function balanceRow(em: EntityManager, volunteerId: number): Promise<PointsBalance> {
  const row = await em.findOneBy(PointsBalance, { volunteerId });
  if (!row) throw new NotFoundError('Volunteer', volunteerId);
  return row;
}

/** Points per verified hour for a community: the rate of its longest configured prefix, else the default. */
export async function rateFor(em: EntityManager, regionCode: string): Promise<number> {
  const prefixes = [regionCode.slice(0, 6), regionCode.slice(0, 9), regionCode.slice(0, 12)];
  const rates = await em
    .createQueryBuilder(PointsRate, 'r')
    .where('r.region_code IN (:...p)', { p: prefixes })
    .getMany();
  const best = rates.sort((a, b) => b.regionCode.length - a.regionCode.length)[0];
  return best?.pointsPerHour ?? DEFAULT_POINTS_PER_HOUR;
}

/** EARN for one verified participation; the unique participation_id makes it happen once. */
export async function earnForHours(
  em: EntityManager,
  p: { id: number; volunteerId: number; minutes: number; regionCode: string },
) {
  const points = Math.floor((p.minutes * (await rateFor(em, p.regionCode))) / 60);
  const balance = await balanceRow(em, p.volunteerId);
  await moveBalance(em, p.volunteerId, points);
  return uniquely(
    () =>
      append(em, {
        volunteerId: p.volunteerId,
        kind: PointsEntryKind.EARN,
        points,
        regionCode: balance.regionCode,
        participationId: p.id,
        reversesEntryId: null,
        note: null,
      }),
    `participation ${p.id} has already earned its points`,
  );
}

/** REDEEM at the points shop; refused with CONFLICT when the balance does not cover it. */
export async function redeem(
  em: EntityManager,
  volunteerId: number,
  points: number,
  item: string,
): Promise<PointsEntry> {
  if (!Number.isSafeInteger(points) || points <= 0)
    throw new BadUserInputError('points must be a positive whole number', { field: 'points' });
  const balance = await balanceRow(em, volunteerId);
  if (!(await moveBalance(em, volunteerId, -points))) {
    const now = await balanceRow(em, volunteerId);
    throw new ConflictError(
      `insufficient points: volunteer ${volunteerId} has ${now.balance}, ${points} asked`,
      { reason: 'INSUFFICIENT_POINTS', balance: now.balance, requested: points },
    );
  }
  return append(em, {
    volunteerId,
    kind: PointsEntryKind.REDEEM,
    points: -points,
    regionCode: balance.regionCode,
    participationId: null,
    reversesEntryId: null,
    note: item,
  });
}

/** A correction: a REVERSAL entry of the opposite sign; the original is never edited, and reversed once. */
export async function reverse(
  em: EntityManager,
  entryId: number,
  reason: string,
): Promise<PointsEntry> {
  const original = await em.findOneBy(PointsEntry, { id: entryId });
  if (!original) throw new NotFoundError('PointsEntry', entryId);
  if (original.kind === PointsEntryKind.REVERSAL)
    throw new BadUserInputError('a reversal cannot itself be reversed', { field: 'entryId' });
  if (await em.findOneBy(PointsEntry, { reversesEntryId: entryId })) {
    throw new ConflictError(`points entry ${entryId} has already been reversed`, {
      reason: 'ALREADY_REVERSED',
    });
  }
  if (!(await moveBalance(em, original.volunteerId, -original.points))) {
    throw new ConflictError(
      `reversing entry ${entryId} would take the balance below zero: the points have been spent`,
      { reason: 'INSUFFICIENT_POINTS' },
    );
  }
  return uniquely(
    () =>
      append(em, {
        volunteerId: original.volunteerId,
        kind: PointsEntryKind.REVERSAL,
        points: -original.points,
        regionCode: original.regionCode,
        participationId: null,
        reversesEntryId: entryId,
        note: reason,
      }),
    `points entry ${entryId} has already been reversed`,
    { reason: 'ALREADY_REVERSED' },
  );
}
