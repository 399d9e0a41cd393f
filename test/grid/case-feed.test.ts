import { startGridHarness } from '../helpers/grid-subgraph';
import { postGraphQL } from '../helpers/subgraph';
import { proofHeader } from '../helpers/auth';
import { driveCase } from '../helpers/case-driver';
import type { Viewer } from '../../shared/viewer';
import { forThisFile } from '../helpers/for-this-file';

const h = forThisFile(() => startGridHarness());

const as = async (viewer: Viewer, query: string, variables?: Record<string, unknown>) =>
  (await postGraphQL(h.running.url, query, variables, await proofHeader(viewer))).body;

describe('what polling systems and worker apps need', () => {
  test('caseEvents gives the log after an opaque cursor, oldest first, and picks up exactly the new events', async () => {
    const grid = h.city.geography.grids.filter((g) => g.level === 'BASIC')[1].code;
    const feed = (after?: string) =>
      h.gql(
        'query($u: String!, $a: String) { caseEvents(under: $u, after: $a, limit: 500) { endCursor hasMore items { cursor event { id action } case { id } } } }',
        { u: grid, a: after },
      );
    let first = await feed();
    while (first.data.caseEvents.hasMore) first = await feed(first.data.caseEvents.endCursor);
    const cursor = first.data.caseEvents.endCursor;
    expect(cursor).not.toMatch(/^\d+$/);
    const c = await driveCase((q, v) => h.gql(q, v), grid, ['accept']);
    const next = await feed(cursor);
    expect(next.data.caseEvents.items.map((i: any) => [i.case.id, i.event.action])).toEqual([
      [c.id, 'report'],
      [c.id, 'accept'],
    ]);
    expect((await feed(next.data.caseEvents.endCursor)).data.caseEvents.items).toEqual([]);
    const bad = await feed('not-a-cursor');
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test('a worker is assigned a case and lists "my cases, overdue first"; a worker of another community cannot be', async () => {
    const worker = h.city.grid.workers.find((w) => !w.endedOn && w.role === 'FULL_TIME')!;
    const c = await driveCase((q, v) => h.gql(q, v), worker.gridCode, []);
    const r = await h.gql(
      'mutation($i: AssignCaseInput!) { assignCase(input: $i) { version assignee { id } } }',
      { i: { id: c.id, version: c.version, workerId: String(worker.id) } },
    );
    expect(r.data.assignCase).toEqual({
      version: c.version + 1,
      assignee: { id: String(worker.id) },
    });
    const me: Viewer = {
      sub: `grid-worker:${worker.id}`,
      role: 'GRID_WORKER',
      regionPrefix: worker.gridCode,
    };
    for (const order of ['OVERDUE_FIRST', 'DUE_AT', 'REPORTED_AT']) {
      const mine = await as(
        me,
        `{ cases(under: "${worker.gridCode}", assignedTo: ME, orderBy: ${order}) { items { id assignee { id } } } }`,
      );
      expect(mine.errors).toBeUndefined();
      expect(mine.data.cases.items.map((i: any) => i.id)).toContain(c.id);
      expect(mine.data.cases.items.every((i: any) => i.assignee.id === String(worker.id))).toBe(
        true,
      );
    }
    const stranger = h.city.grid.workers.find(
      (w) => !w.endedOn && w.gridCode.slice(0, 12) !== worker.gridCode.slice(0, 12),
    )!;
    const refused = await h.gql('mutation($i: AssignCaseInput!) { assignCase(input: $i) { id } }', {
      i: { id: c.id, version: c.version + 1, workerId: String(stranger.id) },
    });
    expect(refused.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const after = await h.gql('query($id: ID!) { case(id: $id) { version assignee { id } } }', {
      id: c.id,
    });
    expect(after.data.case).toEqual({
      version: c.version + 1,
      assignee: { id: String(worker.id) },
    });
  });
});
