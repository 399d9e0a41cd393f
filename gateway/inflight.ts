import { GraphQLError } from 'graphql';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Viewer } from '../shared/viewer';

/**
 * Identical subgraph fetches in flight at the same moment, shared: the second caller waits for the
 * first caller's fetch instead of sending its own (a wall display or a dashboard opened by every
 * street at 9:00). Only queries are shared, never a fetch of a mutation; the key holds the subgraph,
 * the query, its variables and the caller as the gateway's proof carries it (subject, role,
 * jurisdiction, department), so callers who differ in any of them never share an answer.
 * After a write has passed through the gateway, fetches already in flight are no longer joined: a
 * request that starts after the write reads after it.
 */
export class InflightFetches {
  private readonly pending = new Map<
    string,
    { answer: Promise<GatewayGraphQLResponse>; joined: boolean }
  >();

  /** The key of a fetch; the caller's identity is part of it. */
  static key(subgraph: string, query: string, variables: unknown, viewer: Viewer): string {
    const who = [viewer.sub, viewer.role, viewer.regionPrefix, viewer.departmentCode ?? ''];
    return JSON.stringify([subgraph, query, variables ?? null, who]);
  }

  /** Fetches in flight right now (for tests and metrics). */
  get size(): number {
    return this.pending.size;
  }

  /**
   * The answer of `fetch`, or of the identical fetch already in flight. Each caller gets its own
   * copy of the data and its own error object: the gateway merges answers into its result in place.
   */
  run(
    key: string,
    fetch: () => Promise<GatewayGraphQLResponse>,
    onShared: () => void,
  ): Promise<GatewayGraphQLResponse> {
    const hit = this.pending.get(key);
    if (hit) {
      hit.joined = true;
      onShared();
      return hit.answer.then(copyResponse, (err) => {
        throw copyError(err);
      });
    }
    const entry = {
      answer: undefined as unknown as Promise<GatewayGraphQLResponse>,
      joined: false,
    };
    entry.answer = fetch().finally(() => {
      if (this.pending.get(key) === entry) this.pending.delete(key);
    });
    this.pending.set(key, entry);
    // Registered first, so it runs before any joiner's copy: once anyone joined, nobody holds the original.
    return entry.answer.then(
      (r) => (entry.joined ? copyResponse(r) : r),
      (err) => {
        throw entry.joined ? copyError(err) : err;
      },
    );
  }

  /** A write passed through the gateway: later queries start their own fetches. */
  forget(): void {
    this.pending.clear();
  }
}

function copyResponse(r: GatewayGraphQLResponse): GatewayGraphQLResponse {
  return {
    ...r,
    ...(r.data !== undefined ? { data: structuredClone(r.data) } : {}),
    ...(r.errors ? { errors: structuredClone(r.errors) } : {}),
    ...(r.extensions ? { extensions: structuredClone(r.extensions) } : {}),
  };
}

function copyError(err: unknown): unknown {
  if (!(err instanceof GraphQLError)) return err;
  return new GraphQLError(err.message, {
    extensions: structuredClone(err.extensions),
    originalError: err.originalError,
  });
}
