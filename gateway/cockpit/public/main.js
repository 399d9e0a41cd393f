// The cockpit's flow: token in memory -> the caller's top region -> drill-down city › district › street › community › grid.
(function () {
  'use strict';
  var Cockpit = window.Cockpit;
  var $ = function (id) {
    return document.getElementById(id);
  };
  var CHILD_LEN = { CITY: 6, DISTRICT: 9, STREET: 12 };
  var current = null;
  var trail = [];

  var select = $('indicator');
  Cockpit.INDICATORS.forEach(function (ind) {
    var o = document.createElement('option');
    o.value = ind.key;
    o.textContent = ind.label;
    select.appendChild(o);
  });
  var indicator = function () {
    return Cockpit.INDICATORS.filter(function (i) {
      return i.key === select.value;
    })[0];
  };

  function status(text) {
    $('status').textContent = text;
  }

  function crumbs(chain) {
    var box = $('crumbs');
    box.innerHTML = '';
    chain.forEach(function (c) {
      var a = document.createElement('a');
      a.textContent = c.name;
      a.dataset.code = c.code;
      a.onclick = function () {
        go(c.code, c.name);
      };
      box.appendChild(a);
    });
  }

  function draw() {
    if (!current) return;
    var ind = indicator();
    var values = {};
    current.groups.forEach(function (g) {
      values[g.code] = g.value(ind);
    });
    Cockpit.drawMap(current.features, values, ind, function (code) {
      var f = current.features.filter(function (x) {
        return x.code === code;
      })[0];
      if (f && f.group !== current.code) go(f.group, f.groupName || f.name);
    });
  }

  function allGrids(code, offset, acc) {
    return Cockpit.gql(Cockpit.QUERIES.grids, { code: code, offset: offset }).then(function (d) {
      var page = d.region && d.region.grids;
      if (!page) return acc;
      acc = acc.concat(page.items);
      return page.hasMore ? allGrids(code, offset + page.items.length, acc) : acc;
    });
  }

  function finish(view) {
    current = view;
    crumbs(trail);
    draw();
    status('');
    Cockpit.view = { code: view.code, level: view.level, features: Cockpit.drawnFeatures };
  }

  function openRegion(code) {
    return Cockpit.gql(Cockpit.QUERIES.region, { code: code }).then(function (d) {
      var r = d.region;
      if (!r) throw new Error('无权查看或不存在：' + code);
      Cockpit.renderRegion(r);
      var trends = Cockpit.loadTrends(code, true);
      return allGrids(code, 0, []).then(function (grids) {
        var community = r.level === 'COMMUNITY';
        var values = community
          ? Cockpit.gql(Cockpit.QUERIES.gridValues, {
              codes: grids.map(function (g) {
                return g.code;
              }),
            })
          : Promise.resolve(null);
        return values.then(function (v) {
          var names = {};
          r.children.forEach(function (c) {
            names[c.code] = c.name;
          });
          var features = grids.map(function (g) {
            var group = community ? g.code : g.regionCode.slice(0, CHILD_LEN[r.level]);
            return {
              code: g.code,
              name: g.name,
              boundary: g.boundary,
              group: group,
              groupName: names[group] || '',
              population: g.population,
            };
          });
          var groups = community
            ? (v.gridsByCodes || []).filter(Boolean).map(function (g) {
                return {
                  code: g.code,
                  value: function (ind) {
                    return ind.grid(g);
                  },
                };
              })
            : r.children.map(function (c) {
                var people = features
                  .filter(function (f) {
                    return f.group === c.code;
                  })
                  .reduce(function (s, f) {
                    return s + f.population;
                  }, 0);
                return {
                  code: c.code,
                  value: function (ind) {
                    return ind.key === 'population' ? people : ind.region(c);
                  },
                };
              });
          finish({ code: code, level: r.level, features: features, groups: groups });
          return trends;
        });
      });
    });
  }

  function openGrid(code) {
    return Cockpit.gql(Cockpit.QUERIES.gridValues, { codes: [code] }).then(function (d) {
      var g = d.gridsByCodes && d.gridsByCodes[0];
      if (!g) throw new Error('无权查看或不存在：' + code);
      Cockpit.renderGrid(g);
      trail[trail.length - 1].name = g.name;
      finish({
        code: code,
        level: 'BASIC',
        groups: [
          {
            code: code,
            value: function (ind) {
              return ind.grid(g);
            },
          },
        ],
        features: [
          { code: g.code, name: g.name, boundary: g.boundary, group: g.code, groupName: '' },
        ],
      });
      return Cockpit.loadTrends(code, false);
    });
  }

  /** The breadcrumb is the path the caller drilled down from its own top region (never above it). */
  function go(code, name) {
    var at = trail
      .map(function (c) {
        return c.code;
      })
      .indexOf(code);
    trail = at >= 0 ? trail.slice(0, at + 1) : trail.concat([{ code: code, name: name || code }]);
    Cockpit.ready = false;
    status('加载中…');
    return (code.length === 15 ? openGrid(code) : openRegion(code))
      .then(function () {
        Cockpit.ready = true;
      })
      .catch(function (e) {
        status('出错：' + e.message);
        Cockpit.error = e.message;
      });
  }

  select.onchange = draw;
  $('login').onsubmit = function (e) {
    e.preventDefault();
    Cockpit.setToken($('token').value);
    $('token').value = '';
    $('token').placeholder = '令牌已载入（仅在内存中，刷新页面即清除）';
    var region = String(Cockpit.claims().region || '');
    if (region.length === 15) {
      trail = [];
      go(region, '本网格');
      return;
    }
    status('加载中…');
    Cockpit.gql(Cockpit.QUERIES.roots)
      .then(function (d) {
        var top = d.rootRegions[0];
        if (!top) throw new Error('该令牌的管辖范围内没有区划');
        trail = [];
        return go(top.code, top.name);
      })
      .catch(function (e) {
        status('出错：' + e.message);
        Cockpit.error = e.message;
      });
  };
})();
