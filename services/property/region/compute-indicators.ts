import type { DataSource } from 'typeorm';
import { prefixRange } from '../../../shared/codes';
import { ratio, sumCounts, toKeyCounts } from '../../../shared/indicators';
import { monthIndex, redWindowStart } from '../calendar';
import type { PropertyIndicators } from './property-indicators';

/** Each compound's mode and company on asOf: its latest change effective by then (no later change wins). */
const STATE_FROM = 'compound_management_changes s';
const STATE_WHERE = `s.grid_code >= ? AND s.grid_code < ? AND s.effective_on <= ? AND NOT EXISTS (
  SELECT 1 FROM compound_management_changes t WHERE t.compound_id = s.compound_id AND t.effective_on <= ?
  AND (t.effective_on > s.effective_on OR (t.effective_on = s.effective_on AND t.id > s.id)))`;

type Row = Record<string, number | string | null>;
const num = (rows: Row[], key = 'n'): number => Number(rows[0]?.[key] ?? 0);

/** Aggregates in the database on the grid_code indexes; JavaScript only divides the totals. */
export async function computePropertyIndicators(
  ds: DataSource,
  prefix: string,
  asOf: string,
  quarter: string,
): Promise<PropertyIndicators> {
  const { lo, hi } = prefixRange(prefix);
  const state = [lo, hi, asOf, asOf];
  const month = asOf.slice(0, 7);
  const q = (sql: string, params: unknown[]): Promise<Row[]> => ds.query(sql, params);
  const [
    modeRows,
    companyRows,
    committeeRows,
    memberRows,
    redRows,
    evalRows,
    dueRows,
    publishedRows,
  ] = await Promise.all([
    q(
      `SELECT s.management_mode AS k, COUNT(*) AS n FROM ${STATE_FROM} WHERE ${STATE_WHERE} GROUP BY s.management_mode ORDER BY s.management_mode`,
      state,
    ),
    q(`SELECT COUNT(DISTINCT s.company_id) AS n FROM ${STATE_FROM} WHERE ${STATE_WHERE}`, state),
    // Compounds with a committee in term, and of them those under professional management on asOf (物业小区).
    q(
      `SELECT COUNT(DISTINCT c.compound_id) AS n, COUNT(DISTINCT CASE WHEN s.management_mode = 'PROFESSIONAL' THEN c.compound_id END) AS served
       FROM owners_committees c LEFT JOIN ${STATE_FROM} ON s.compound_id = c.compound_id AND ${STATE_WHERE}
       WHERE c.grid_code >= ? AND c.grid_code < ? AND c.term_start <= ? AND c.term_end >= ?`,
      [...state, lo, hi, asOf, asOf],
    ),
    q(
      `SELECT COUNT(*) AS n, SUM(CASE WHEN m.party_member_id IS NOT NULL THEN 1 ELSE 0 END) AS party,
       SUM(CASE WHEN m.cross_appointed = 1 THEN 1 ELSE 0 END) AS crossed
       FROM owners_committee_members m JOIN owners_committees c ON c.id = m.committee_id
       WHERE m.grid_code >= ? AND m.grid_code < ? AND c.term_start <= ? AND c.term_end >= ?`,
      [lo, hi, asOf, asOf],
    ),
    q(
      `SELECT COUNT(*) AS n FROM ${STATE_FROM} JOIN property_companies p ON p.id = s.company_id
       WHERE ${STATE_WHERE} AND p.party_organization_id IS NOT NULL
       AND EXISTS (SELECT 1 FROM linkage_meetings lm WHERE lm.compound_id = s.compound_id AND lm.held_on > ? AND lm.held_on <= ?)`,
      [...state, redWindowStart(asOf), asOf],
    ),
    q(
      'SELECT COUNT(*) AS n, SUM(score) AS total FROM service_evaluations WHERE grid_code >= ? AND grid_code < ? AND quarter = ?',
      [lo, hi, quarter],
    ),
    // Months due per compound = months from disclosure_from up to (not including) asOf's month; YYYY-MM turned into y*12+m-1.
    q(
      `SELECT COALESCE(SUM(? - (SUBSTR(c.disclosure_from, 1, 4) * 12 + SUBSTR(c.disclosure_from, 6, 2) - 1)), 0) AS n
       FROM residential_compounds c WHERE c.grid_code >= ? AND c.grid_code < ? AND c.disclosure_from IS NOT NULL AND c.disclosure_from < ?`,
      [monthIndex(month), lo, hi, month],
    ),
    q(
      `SELECT COUNT(*) AS n FROM fee_disclosures d JOIN residential_compounds c ON c.id = d.compound_id
       WHERE d.grid_code >= ? AND d.grid_code < ? AND d.revision = 0 AND d.month >= c.disclosure_from AND d.month < ?`,
      [lo, hi, month],
    ),
  ]);
  const compoundsByMode = toKeyCounts(modeRows as { k: string; n: number }[]);
  const compounds = sumCounts(compoundsByMode);
  const servedCompounds = sumCounts(compoundsByMode, (k) => k === 'PROFESSIONAL');
  const quasiCompounds = sumCounts(compoundsByMode, (k) => k === 'QUASI');
  const committeeCompounds = num(committeeRows);
  const servedCompoundsWithCommittee = num(committeeRows, 'served');
  const committeeMembers = num(memberRows);
  const partyCommitteeMembers = num(memberRows, 'party');
  const evaluations = num(evalRows);
  const disclosureMonthsDue = num(dueRows);
  const disclosureMonthsPublished = num(publishedRows);
  return {
    asOf,
    compounds,
    compoundsByMode,
    servedCompounds,
    serviceCoverage: ratio(servedCompounds, compounds),
    professionalCoverage: ratio(servedCompounds, compounds),
    quasiCompounds,
    serviceCoverageWithQuasi: ratio(servedCompounds + quasiCompounds, compounds),
    companies: num(companyRows),
    committeeCompounds,
    servedCompoundsWithCommittee,
    committeeCoverage: ratio(servedCompoundsWithCommittee, servedCompounds),
    committeeCoverageOfAllCompounds: ratio(committeeCompounds, compounds),
    committeeMembers,
    partyCommitteeMembers,
    partyShareOfCommitteeMembers: ratio(partyCommitteeMembers, committeeMembers),
    crossAppointedCommitteeMembers: num(memberRows, 'crossed'),
    redProperties: num(redRows),
    redPropertyRate: ratio(num(redRows), compounds),
    evaluationQuarter: quarter,
    evaluations,
    // SUM / COUNT rather than AVG: MySQL rounds AVG of integers to four decimals.
    averageEvaluationScore: ratio(num(evalRows, 'total'), evaluations),
    disclosureMonthsDue,
    disclosureMonthsPublished,
    disclosureRate: ratio(disclosureMonthsPublished, disclosureMonthsDue),
  };
}
