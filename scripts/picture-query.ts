/**
 * The whole picture of grids, one query through the gateway: every domain subgraph contributes.
 * The end-to-end test and the benchmark both send it; `extra` adds fields of further subgraphs.
 */
export function pictureQuery(extra = ''): string {
  return `query Picture($codes: [String!]!) {
  gridsByCodes(codes: $codes) {
    code name level
    workers { name role }
    openCases { id state compound { name } }
    partyBranch { name members { name status } }
    buildingGroups { name }
    centerHouseholds { name }
    compounds {
      name managementMode
      company { name partyOrganization { name level } }
      ownersCommittee { termEnd members { name crossAppointed partyMember { name organization { name } } } }
      latestEvaluation { quarter score }
      lastPublishedMonth
    }
    volunteerTeams { name category volunteers { name } }
    openMicroWishes { title state }${extra ? `\n    ${extra}` : ''}
  }
}`;
}
