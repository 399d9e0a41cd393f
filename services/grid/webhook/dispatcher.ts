import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { DeliveryState, WebhookDelivery, WebhookEndpoint } from './webhook.entity';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signDelivery } from './signature';
import { sweepOverdue } from './overdue';
import { affectedRows } from '../../../shared/tx';
import { dbDate } from '../../../shared/sql';

export interface DispatcherOptions {
  pollMs: number;
  /** First retry delay; attempt n waits base·2^(n-1), with full jitter, capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** After this many failed attempts a delivery is DEAD (dead letter). */
  maxAttempts: number;
  timeoutMs: number;
}

/** Exponential backoff with jitter: uniformly between half and all of base·2^(attempt-1). */
export function retryDelay(
  attempt: number,
  o: Pick<DispatcherOptions, 'baseDelayMs' | 'maxDelayMs'>,
  random = Math.random,
): number {
  const ceiling = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

async function post(
  endpoint: WebhookEndpoint,
  d: WebhookDelivery,
  timeoutMs: number,
): Promise<{ status: number | null; error: string | null }> {
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const res = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [EVENT_ID_HEADER]: String(d.eventId),
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signDelivery(endpoint.secret, timestamp, d.payload),
      },
      body: d.payload,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.arrayBuffer().catch(() => undefined);
    return { status: res.status, error: res.ok ? null : `HTTP ${res.status}` };
  } catch (err) {
    return { status: null, error: String((err as Error).message).slice(0, 300) };
  }
}

/**
 * Delivers the outbox: at least once, in event order per endpoint's batch. A row is claimed by moving
 * its next attempt past the request's timeout, so if this process dies mid-delivery the row comes due
 * again and is re-sent (the receiver deduplicates on the event id).
 */
export function createDispatcher(
  ds: DataSource,
  o: DispatcherOptions,
  log: () => Logger | undefined = () => undefined,
) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const repo = ds.getRepository(WebhookDelivery);

  async function deliver(d: WebhookDelivery): Promise<void> {
    const claimUntil = new Date(Date.now() + o.timeoutMs + o.pollMs);
    const claimed = await repo
      .createQueryBuilder()
      .update()
      .set({ nextAttemptAt: claimUntil })
      .where('id = :id AND attempts = :attempts AND state = :pending AND next_attempt_at <= :now', {
        id: d.id,
        attempts: d.attempts,
        pending: DeliveryState.PENDING,
        now: dbDate(ds, new Date()),
      })
      .execute();
    if (affectedRows(claimed) !== 1) return; // another dispatcher has it
    const endpoint = await ds.getRepository(WebhookEndpoint).findOneBy({ id: d.endpointId });
    const attempts = d.attempts + 1;
    const { status, error } = endpoint
      ? await post(endpoint, d, o.timeoutMs)
      : { status: null, error: 'endpoint removed' };
    const now = new Date();
    const done = error === null;
    const state = done
      ? DeliveryState.DELIVERED
      : attempts >= o.maxAttempts
        ? DeliveryState.DEAD
        : DeliveryState.PENDING;
    await repo.update(
      { id: d.id },
      {
        attempts,
        state,
        lastStatus: status,
        lastError: error,
        deliveredAt: done ? now : null,
        nextAttemptAt:
          state === DeliveryState.PENDING ? new Date(now.getTime() + retryDelay(attempts, o)) : now,
      },
    );
    if (state === DeliveryState.DEAD)
      log()?.warn({ delivery: d.id, eventId: d.eventId, error }, 'webhook delivery dead-lettered');
  }

  async function tick(): Promise<void> {
    await sweepOverdue(ds);
    const due = await repo
      .createQueryBuilder('d')
      .where('d.state = :pending AND d.next_attempt_at <= :now', {
        pending: DeliveryState.PENDING,
        now: dbDate(ds, new Date()),
      })
      .orderBy('d.id', 'ASC')
      .take(20)
      .getMany();
    await Promise.all(due.map((d) => deliver(d)));
  }

  const loop = () => {
    if (stopped) return;
    running = tick()
      .catch((err) => log()?.error({ err: (err as Error).message }, 'webhook dispatch failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, o.pollMs);
      });
  };

  return {
    start(): void {
      stopped = false;
      timer = setTimeout(loop, 0);
    },
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
