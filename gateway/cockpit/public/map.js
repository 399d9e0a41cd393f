// The map (一张图): the caller's basic grids drawn from Grid.boundary, registered as GeoJSON offline (no tiles).
(function () {
  'use strict';
  var Cockpit = window.Cockpit;
  var PALETTE = ['#1d6fd6', '#3aa0c8', '#f2c14e', '#f08a3c', '#d7263d'];
  var chart = null;
  var maps = 0;

  function classes(values) {
    var xs = values.filter(function (v) {
      return v != null;
    });
    var lo = Math.min.apply(null, xs),
      hi = Math.max.apply(null, xs);
    return {
      lo: lo,
      hi: hi,
      of: function (v) {
        if (v == null || !xs.length) return -1;
        return hi === lo
          ? 0
          : Math.min(PALETTE.length - 1, Math.floor(((v - lo) / (hi - lo)) * PALETTE.length));
      },
    };
  }

  function legend(ind, scale) {
    var box = document.getElementById('legend');
    if (!isFinite(scale.lo)) {
      box.textContent = ind.label + '：无可见数据';
      return;
    }
    var step = (scale.hi - scale.lo) / PALETTE.length;
    var shown = scale.hi === scale.lo ? PALETTE.slice(0, 1) : PALETTE;
    box.innerHTML =
      '<span>' +
      ind.label +
      '</span>' +
      shown
        .map(function (c, i) {
          return (
            '<span><i style="background:' +
            c +
            '"></i>' +
            Cockpit.format(ind, scale.lo + step * i) +
            '</span>'
          );
        })
        .join('') +
      '<span><i style="background:#4a5a73"></i>无数据</span>';
  }

  /**
   * features: [{ code, name, boundary, group, groupName }]; values: group code -> value.
   * Each grid is coloured by the value of the region (or grid) it belongs to at the current level.
   */
  Cockpit.drawMap = function (features, values, ind, onPick) {
    var el = document.getElementById('map');
    if (!chart) {
      chart = Cockpit.chart = echarts.init(el, null, { renderer: 'svg' });
      window.addEventListener('resize', function () {
        chart.resize();
      });
      chart.on('click', function (p) {
        if (chart.onPick) chart.onPick(p.name);
      });
    }
    chart.onPick = onPick;
    var drawn = features.filter(function (f) {
      return f.boundary;
    });
    var name = 'cockpit-' + ++maps;
    echarts.registerMap(name, {
      type: 'FeatureCollection',
      features: drawn.map(function (f) {
        return { type: 'Feature', properties: { name: f.code }, geometry: f.boundary };
      }),
    });
    var scale = classes(
      drawn.map(function (f) {
        return values[f.group];
      }),
    );
    var byCode = {};
    drawn.forEach(function (f) {
      byCode[f.code] = f;
    });
    chart.clear();
    chart.setOption({
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          var f = byCode[p.name];
          return f
            ? f.name +
                (f.groupName && f.groupName !== f.name ? '<br/>' + f.groupName : '') +
                '<br/>' +
                ind.label +
                '：' +
                Cockpit.format(ind, values[f.group])
            : '';
        },
      },
      series: [
        {
          type: 'map',
          map: name,
          roam: true,
          selectedMode: false,
          layoutCenter: ['50%', '50%'],
          layoutSize: '96%',
          label: {
            show: drawn.length <= 12,
            color: '#fff',
            fontSize: 11,
            formatter: function (p) {
              return (byCode[p.name] || {}).name || '';
            },
          },
          itemStyle: { borderColor: '#0b1e3a', borderWidth: 0.6 },
          emphasis: { label: { show: true, color: '#fff' }, itemStyle: { areaColor: '#7fb2ff' } },
          data: drawn.map(function (f) {
            var k = scale.of(values[f.group]);
            return {
              name: f.code,
              value: values[f.group],
              itemStyle: { areaColor: k < 0 ? '#4a5a73' : PALETTE[k] },
            };
          }),
        },
      ],
    });
    legend(ind, scale);
    Cockpit.drawnFeatures = drawn.length;
  };
})();
