import type { DataSource } from 'typeorm';
import { Case } from '../case/case.entity';
import { CaseEvent } from '../case/case-event.entity';
import { recordCaseEvent } from './outbox';
import { writeTransaction } from '../../../shared/tx';
import { dbDate, findForUpdate } from '../../../shared/sql';

/** Open states in which a department holds a case and can miss its deadline (报到 / 办理时限). */
const HELD = ['DISPATCHED', 'IN_PROGRESS'];

/**
 * Overdue is computed, never stored; but a department must be told once per stage that it missed
 * the deadline, so the first sweep after it passes writes an `overdue` CaseEvent (and its outbox rows).
 */
export async function sweepOverdue(ds: DataSource, limit = 50): Promise<number> {
  const now = new Date();
  const late = await ds
    .getRepository(Case)
    .createQueryBuilder('c')
    .where('c.department_id IS NOT NULL AND c.state IN (:...held) AND c.due_at < :now', {
      held: HELD,
      now: dbDate(ds, now),
    })
    .andWhere(
      `NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.action = 'overdue' AND e.at >= c.state_entered_at)`,
    )
    .orderBy('c.id', 'ASC')
    .take(limit)
    .getMany();
  for (const c of late) {
    await writeTransaction(ds, async (em) => {
      // Checked again inside the transaction: the case may have moved on, or another sweep got there
      // first. The row lock makes a sweep in another replica wait here until this one has committed
      // its event, then see it: without it both would find none and both write one.
      const fresh = (await findForUpdate(em, Case, [c.id])).get(c.id);
      if (
        !fresh ||
        fresh.state !== c.state ||
        fresh.departmentId == null ||
        !fresh.dueAt ||
        new Date(fresh.dueAt) >= now
      )
        return;
      const seen = await em
        .createQueryBuilder(CaseEvent, 'e')
        .where('e.case_id = :id AND e.action = :a AND e.at >= :since', {
          id: c.id,
          a: 'overdue',
          since: dbDate(ds, new Date(fresh.stateEnteredAt)),
        })
        .getCount();
      if (seen) return;
      await recordCaseEvent(
        em,
        {
          caseId: c.id,
          action: 'overdue',
          fromState: fresh.state,
          toState: fresh.state,
          actor: 'system:deadline',
          note: `deadline ${new Date(fresh.dueAt).toISOString()} passed`,
          at: now,
          departmentId: fresh.departmentId,
        },
        fresh.departmentId,
      );
    });
  }
  return late.length;
}
