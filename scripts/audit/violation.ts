/** One broken rule, at a place: the report groups them by street (the code's first 9 digits). */
export interface Violation {
  kind: string;
  code: string;
  subject: string;
  detail: string;
}

export const violation = (
  kind: string,
  code: string,
  subject: string,
  detail: string,
): Violation => ({ kind, code, subject, detail });
