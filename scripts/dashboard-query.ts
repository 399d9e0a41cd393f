/** The analyst's dashboard: a region's indicators from every subgraph, with its child regions beside it. */
const INDICATORS = `
    gridIndicators { asOf grids microGrids workers gridWorkersPerBasicGrid gridHeads microGridWorkers buildingHeads unitHeads cases openCases overdueCases closureRate averageSatisfaction medianHoursToClose }
    partyIndicators { organizations members membersServing membersUnderGridManagement dualReportingMembers centerHouseholds branchCoverage stationCoverage dualReports }
    propertyIndicators { compounds serviceCoverage serviceCoverageWithQuasi committeeCoverage partyShareOfCommitteeMembers redProperties redPropertyRate averageEvaluationScore disclosureRate }
    volunteerIndicators { teams volunteers verifiedHours verifiedHoursLast30Days wishesClaimed wishesFulfilled needsUnmatched pointsIssued pointsRedeemed }
    urbanIndicators { components damagedOrMissing damagedOrMissingRate inspectionsLast30Days tickets componentsByKind { kind total damaged missing } }
    accountabilityIndicators { secretaryProjects projectsCompleted problemsSolvedByProjects averageReviewScore firstSecretaries packageResponsibilities packageVisitsLast30Days coBuildingAgreements agreementsAssessed tasksAdmitted tasksRefused receptions receptionProblemsRaised }`;

export const DASHBOARD_QUERY = `query Dashboard($code: String!) {
  region(code: $code) {
    code name level${INDICATORS}
    children {
      code name level${INDICATORS}
    }
  }
}`;
