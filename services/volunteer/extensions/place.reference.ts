import { gridRef, partyMemberRef, regionRef } from '../place.stub';

/** Stubs resolve without a query: every field this subgraph adds goes through a batched loader. */
export const gridReference = { __resolveReference: (ref: { code: string }) => gridRef(ref.code) };
export const regionReference = {
  __resolveReference: (ref: { code: string }) => regionRef(ref.code),
};
export const partyMemberReference = {
  __resolveReference: (ref: { id: string }) => partyMemberRef(ref.id),
};
