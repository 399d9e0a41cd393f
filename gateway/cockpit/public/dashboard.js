// The selected region's dashboard (指标看板) beside the map, with trends where the data has time.
(function () {
  'use strict';
  var Cockpit = window.Cockpit;
  var charts = {};
  var pct = function (v) {
    return v == null ? '—' : (v * 100).toFixed(1) + '%';
  };
  var num = function (v) {
    return v == null ? '—' : String(Math.round(v * 10) / 10);
  };

  var GROUPS = [
    [
      '网格与事项',
      'gridIndicators',
      [
        ['grids', '基础网格', num],
        ['workers', '网格员', num],
        ['cases', '事项总数', num],
        ['openCases', '未办结', num],
        ['overdueCases', '超期', num],
        ['closureRate', '办结率', pct],
        ['averageSatisfaction', '满意度', num],
        ['medianHoursToClose', '办结时长中位(小时)', num],
      ],
    ],
    [
      '党建引领',
      'partyIndicators',
      [
        ['organizations', '党组织', num],
        ['members', '党员', num],
        ['centerHouseholds', '中心户', num],
        ['branchCoverage', '支部覆盖率', pct],
        ['stationCoverage', '服务站覆盖率', pct],
        ['dualReports', '双报到', num],
      ],
    ],
    [
      '红色物业',
      'propertyIndicators',
      [
        ['compounds', '小区', num],
        ['serviceCoverage', '物业覆盖率', pct],
        ['committeeCoverage', '业委会组建率', pct],
        ['redProperties', '红色物业', num],
        ['averageEvaluationScore', '考核均分', num],
        ['disclosureRate', '公开率', pct],
      ],
    ],
    [
      '志愿服务',
      'volunteerIndicators',
      [
        ['teams', '队伍', num],
        ['volunteers', '志愿者', num],
        ['verifiedHours', '认证时长', num],
        ['wishesFulfilled', '微心愿圆梦', num],
        ['needsUnmatched', '待对接需求', num],
      ],
    ],
  ];
  var LEVELS = {
    CITY: '市',
    DISTRICT: '区/县',
    STREET: '街道/乡镇',
    COMMUNITY: '社区',
    BASIC: '基础网格',
  };

  function card(label, value) {
    return '<div class="kpi"><b>' + value + '</b><span>' + label + '</span></div>';
  }

  Cockpit.renderRegion = function (r) {
    document.getElementById('region-title').textContent =
      r.name + '（' + (LEVELS[r.level] || r.level) + ' ' + r.code + '）';
    document.getElementById('kpis').innerHTML = GROUPS.map(function (g) {
      var block = r[g[1]];
      return (
        '<div class="kpi-group">' +
        g[0] +
        (block ? '' : '（无权查看或暂不可用）') +
        '</div>' +
        (block
          ? g[2]
              .map(function (f) {
                return card(f[1], f[2](block[f[0]]));
              })
              .join('')
          : '')
      );
    }).join('');
  };

  Cockpit.renderGrid = function (g) {
    var red = (g.compounds || []).filter(function (c) {
      return c.redProperty;
    }).length;
    document.getElementById('region-title').textContent = g.name + '（基础网格 ' + g.code + '）';
    document.getElementById('kpis').innerHTML =
      '<div class="kpi-group">网格概况</div>' +
      [
        ['户数', g.households],
        ['人口', g.population],
        ['楼栋', g.buildings],
        ['在岗网格员', (g.workers || []).length],
        ['未办结事项', (g.openCases || []).length],
        [
          '超期事项',
          (g.openCases || []).filter(function (c) {
            return c.overdue;
          }).length,
        ],
        ['小区', (g.compounds || []).length],
        ['红色物业', red],
        ['党群服务站', (g.partyServiceStations || []).length],
      ]
        .map(function (p) {
          return card(p[0], num(p[1]));
        })
        .join('');
  };

  function weeks(n) {
    var day = 86400000,
      end = new Date();
    end.setUTCHours(0, 0, 0, 0);
    end = new Date(end.getTime() + ((8 - (end.getUTCDay() || 7)) % 7) * day);
    var out = [];
    for (var i = n; i >= 1; i--)
      out.push({ from: new Date(end - i * 7 * day), to: new Date(end - (i - 1) * 7 * day) });
    return out;
  }
  function quarters(n) {
    var d = new Date(),
      y = d.getUTCFullYear(),
      q = Math.floor(d.getUTCMonth() / 3) + 1,
      out = [];
    for (var i = 0; i < n; i++) {
      if (--q === 0) {
        q = 4;
        y--;
      }
      out.unshift(y + 'Q' + q);
    }
    return out;
  }

  function line(id, title, xs, series, percent) {
    var el = document.getElementById(id);
    charts[id] = charts[id] || echarts.init(el, null, { renderer: 'svg' });
    charts[id].setOption(
      {
        animation: false,
        title: { text: title, textStyle: { color: '#dbe8ff', fontSize: 13 } },
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 12, top: 30, bottom: 22 },
        legend: { top: 0, right: 0, textStyle: { color: '#9fbbe6' } },
        xAxis: { type: 'category', data: xs, axisLabel: { color: '#9fbbe6', fontSize: 10 } },
        yAxis: {
          type: 'value',
          axisLabel: {
            color: '#9fbbe6',
            formatter: percent
              ? function (v) {
                  return v * 100 + '%';
                }
              : '{value}',
          },
          splitLine: { lineStyle: { color: '#1f3b66' } },
        },
        series: series,
      },
      true,
    );
  }

  /** Cases per week and closure rate by week of reporting (cases), evaluations per quarter (property). */
  Cockpit.loadTrends = function (code, isRegion) {
    var ws = weeks(16);
    var alias = function (w, i, extra) {
      return (
        'w' +
        i +
        ': cases(under: $code, limit: 1, reportedFrom: "' +
        w.from.toISOString() +
        '", reportedTo: "' +
        w.to.toISOString() +
        '"' +
        extra +
        ') { totalCount }'
      );
    };
    var all =
      'query CockpitWeeks($code: String!) { ' +
      ws
        .map(function (w, i) {
          return alias(w, i, '');
        })
        .join(' ') +
      ' }';
    var closed =
      'query CockpitClosedWeeks($code: String!) { ' +
      ws
        .map(function (w, i) {
          return alias(w, i, ', states: [CLOSED, RATED]');
        })
        .join(' ') +
      ' }';
    var labels = ws.map(function (w) {
      return w.from.getUTCMonth() + 1 + '/' + w.from.getUTCDate();
    });
    var cases = Promise.all([
      Cockpit.gql(all, { code: code }),
      Cockpit.gql(closed, { code: code }),
    ]).then(function (res) {
      var total = ws.map(function (_, i) {
        return res[0]['w' + i] ? res[0]['w' + i].totalCount : null;
      });
      var done = ws.map(function (_, i) {
        return res[1]['w' + i] ? res[1]['w' + i].totalCount : null;
      });
      line('trend-cases', '每周新增事项（件）', labels, [
        { name: '新增', type: 'bar', data: total, itemStyle: { color: '#3d8bff' } },
      ]);
      line(
        'trend-closure',
        '按周办结率',
        labels,
        [
          {
            name: '办结率',
            type: 'line',
            smooth: true,
            itemStyle: { color: '#f2c14e' },
            data: total.map(function (t, i) {
              return t ? done[i] / t : null;
            }),
          },
        ],
        true,
      );
    });
    var qs = quarters(6);
    var evals = !isRegion
      ? Promise.resolve(line('trend-eval', '物业考核（网格级无季度汇总）', [], []))
      : Cockpit.gql(
          'query CockpitQuarters($code: String!) { region(code: $code) { ' +
            qs
              .map(function (q, i) {
                return (
                  'q' +
                  i +
                  ': propertyIndicators(quarter: "' +
                  q +
                  '") { evaluations averageEvaluationScore }'
                );
              })
              .join(' ') +
            ' } }',
          { code: code },
        ).then(function (d) {
          var r = d.region || {};
          line('trend-eval', '每季度物业考核', qs, [
            {
              name: '考核次数',
              type: 'bar',
              data: qs.map(function (_, i) {
                return r['q' + i] ? r['q' + i].evaluations : null;
              }),
              itemStyle: { color: '#3aa0c8' },
            },
            {
              name: '平均分',
              type: 'line',
              data: qs.map(function (_, i) {
                return r['q' + i] ? r['q' + i].averageEvaluationScore : null;
              }),
              itemStyle: { color: '#d7263d' },
            },
          ]);
        });
    return Promise.all([cases, evals]);
  };
})();
