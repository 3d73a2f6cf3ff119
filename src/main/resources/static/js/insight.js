// Draws each table's chart with ECharts from the figures the page already shows in the table
// beside it; a hidden figure (<5) is a gap. Without this script the tables are all there is.
document.addEventListener("DOMContentLoaded", function () {
  if (!window.echarts) {
    return;
  }
  var lang = document.documentElement.lang || "fi";
  var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  document.querySelectorAll(".chart[data-chart]").forEach(function (element) {
    var data = JSON.parse(element.dataset.chart);
    var chart = echarts.init(element, null, { renderer: "canvas" });
    var stacked = data.type === "STACKED";
    var line = data.type === "LINE";
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      tooltip: { trigger: "axis", valueFormatter: function (value) { return value == null ? "<5" : number.format(value); } },
      legend: { type: "scroll", bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 48, containLabel: true },
      xAxis: { type: "category", data: data.categories, axisLabel: { hideOverlap: true } },
      yAxis: { type: "value", axisLabel: { formatter: function (value) { return number.format(value); } } },
      series: data.series.map(function (series) {
        return { name: series.name, type: line ? "line" : "bar", stack: stacked ? "all" : undefined, data: series.values, connectNulls: false };
      })
    });
    window.addEventListener("resize", function () { chart.resize(); });
  });
});
