import type { EntityManager } from 'typeorm';
import { CaseEvent } from '../case/case-event.entity';
import { Case } from '../case/case.entity';
import { Department } from '../department/department.entity';
import { DeliveryState, WebhookDelivery, WebhookEndpoint } from './webhook.entity';

/** The case events a department system is told about, by the action that made them. */
export const NOTIFIED: Record<string, string> = {
  dispatch: 'case.dispatched',
  overdue: 'case.overdue',
  returnToCentre: 'case.returned',
  reopen: 'case.reopened',
  close: 'case.closed',
  rate: 'case.rated',
};

export type NewCaseEvent = Omit<CaseEvent, 'id'>;

/**
 * Writes a CaseEvent and, in the same transaction, one outbox row per active endpoint of the
 * department it concerns: the event and its deliveries commit or vanish together.
 */
export async function recordCaseEvent(
  em: EntityManager,
  event: NewCaseEvent,
  departmentId: number | null,
): Promise<number> {
  const { identifiers } = await em.insert(CaseEvent, event);
  const eventId = Number(identifiers[0].id);
  const type = NOTIFIED[event.action];
  if (!type || departmentId == null) return eventId;
  const c = (await em.findOneBy(Case, { id: event.caseId }))!;
  // Each endpoint hears only the cases under the region it was registered for.
  const endpoints = (await em.findBy(WebhookEndpoint, { departmentId, active: true })).filter((e) =>
    c.gridCode.startsWith(e.regionCode ?? ''),
  );
  if (!endpoints.length) return eventId;
  const dept = await em.findOneBy(Department, { id: departmentId });
  const payload = JSON.stringify({
    id: String(eventId),
    type,
    occurredAt: event.at.toISOString(),
    department: dept?.code ?? null,
    data: {
      caseId: String(c.id),
      gridCode: c.gridCode,
      category: c.category,
      title: c.title,
      action: event.action,
      fromState: event.fromState,
      toState: event.toState,
      note: event.note,
      dueAt: c.dueAt ? new Date(c.dueAt).toISOString() : null,
      version: c.version,
    },
  });
  await em.insert(
    WebhookDelivery,
    endpoints.map((e) => ({
      endpointId: e.id,
      eventId,
      eventType: type,
      payload,
      state: DeliveryState.PENDING,
      attempts: 0,
      nextAttemptAt: event.at,
      lastStatus: null,
      lastError: null,
      createdAt: event.at,
      deliveredAt: null,
    })),
  );
  return eventId;
}
