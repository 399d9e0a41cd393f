import { caseRef, gridRef, regionRef } from '../place.stub';

/** Stubs resolve without a query: every field this subgraph adds goes through a batched loader. */
export const gridReference = { __resolveReference: (ref: { code: string }) => gridRef(ref.code) };
export const regionReference = {
  __resolveReference: (ref: { code: string }) => regionRef(ref.code),
};
export const caseReference = { __resolveReference: (ref: { id: string }) => caseRef(ref.id) };
