// The cockpit's only way to data: the public /graphql of this gateway, with the caller's token.
(function () {
  'use strict';
  var token = '';
  var Cockpit = (window.Cockpit = { requests: 0 });

  Cockpit.setToken = function (t) {
    token = t.trim();
  };

  /** The token's own claims (role, region), read so the page knows where the caller starts; the gateway verifies it. */
  Cockpit.claims = function () {
    try {
      var part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(atob(part + '==='.slice((part.length + 3) % 4)));
    } catch (e) {
      return {};
    }
  };

  /** One GraphQL call; partial answers are kept (a slow subgraph costs only its own fields). */
  Cockpit.gql = function (query, variables) {
    Cockpit.requests++;
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
      body: JSON.stringify({ query: query, variables: variables || {} }),
    })
      .then(function (res) {
        return res.json();
      })
      .then(function (body) {
        if (!body.data && body.errors)
          throw new Error(
            body.errors[0].message + ' (' + ((body.errors[0].extensions || {}).code || '') + ')',
          );
        return body.data;
      });
  };

  var IND =
    'gridIndicators { grids workers cases openCases overdueCases closureRate averageSatisfaction medianHoursToClose }' +
    ' partyIndicators { organizations members centerHouseholds branchCoverage stationCoverage dualReports }' +
    ' propertyIndicators { compounds serviceCoverage committeeCoverage redProperties averageEvaluationScore disclosureRate }' +
    ' volunteerIndicators { teams volunteers verifiedHours wishesFulfilled needsUnmatched }';

  Cockpit.QUERIES = {
    roots: '{ rootRegions { code name level } }',
    region:
      'query CockpitRegion($code: String!) { region(code: $code) { code name level ' +
      IND +
      ' children { code name level ' +
      IND +
      ' } } }',
    grids:
      'query CockpitGrids($code: String!, $offset: Int!) { region(code: $code) { grids(level: BASIC, limit: 100, offset: $offset) {' +
      ' hasMore items { code name regionCode boundary households population } } } }',
    gridValues:
      'query CockpitGridValues($codes: [String!]!) { gridsByCodes(codes: $codes) { code name regionCode boundary households population' +
      ' buildings caseCounts { key count } openCases { overdue } compounds { redProperty } partyServiceStations { name } workers { role } } }',
  };

  var rate = function (a, b) {
    return b ? a / b : null;
  };
  var caseRate = function (g) {
    var total = 0,
      closed = 0;
    (g.caseCounts || []).forEach(function (k) {
      total += k.count;
      if (k.key === 'CLOSED' || k.key === 'RATED') closed += k.count;
    });
    return rate(closed, total);
  };
  var pick = function (o, path) {
    return path.split('.').reduce(function (v, k) {
      return v == null ? null : v[k];
    }, o);
  };

  /** The map's themes (专题): a value for a region (from its indicators) and for one grid (from its own fields). */
  Cockpit.INDICATORS = [
    {
      key: 'overdue',
      label: '超期事项',
      unit: '件',
      region: function (r) {
        return pick(r, 'gridIndicators.overdueCases');
      },
      grid: function (g) {
        return g.openCases
          ? g.openCases.filter(function (c) {
              return c.overdue;
            }).length
          : null;
      },
    },
    {
      key: 'open',
      label: '未办结事项',
      unit: '件',
      region: function (r) {
        return pick(r, 'gridIndicators.openCases');
      },
      grid: function (g) {
        return g.openCases ? g.openCases.length : null;
      },
    },
    {
      key: 'closure',
      label: '事项办结率',
      unit: '%',
      region: function (r) {
        return pick(r, 'gridIndicators.closureRate');
      },
      grid: caseRate,
    },
    {
      key: 'red',
      label: '红色物业占比',
      unit: '%',
      region: function (r) {
        var p = r.propertyIndicators;
        return p ? rate(p.redProperties, p.compounds) : null;
      },
      grid: function (g) {
        return g.compounds
          ? rate(
              g.compounds.filter(function (c) {
                return c.redProperty;
              }).length,
              g.compounds.length,
            )
          : null;
      },
    },
    {
      key: 'station',
      label: '党群服务站覆盖率',
      unit: '%',
      region: function (r) {
        return pick(r, 'partyIndicators.stationCoverage');
      },
      grid: function (g) {
        return g.partyServiceStations ? (g.partyServiceStations.length ? 1 : 0) : null;
      },
    },
    // No region indicator carries population: the page sums it from the grids it has drawn (main.js).
    {
      key: 'population',
      label: '人口',
      unit: '人',
      region: function () {
        return null;
      },
      grid: function (g) {
        return g.population;
      },
    },
  ];

  Cockpit.format = function (ind, v) {
    if (v == null) return '—';
    return ind.unit === '%' ? (v * 100).toFixed(1) + '%' : Math.round(v * 10) / 10 + ind.unit;
  };
})();
