import { createHmac } from 'node:crypto';

/** Header names of a delivery; the README shows a receiver verifying them. */
export const EVENT_ID_HEADER = 'x-grids-event-id';
export const TIMESTAMP_HEADER = 'x-grids-timestamp';
export const SIGNATURE_HEADER = 'x-grids-signature';

/** `sha256=` + hex HMAC-SHA256(secret, `${timestamp}.${body}`): binding the time stops replays of old bodies. */
export function signDelivery(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
