/*
 * Charts speak the page's language. Chart.js formats axis numbers in options.locale, but shows the two ends of a
 * floating bar as raw numbers in its tooltip; this extender formats those the same way, and an end the data mark as
 * open ("open-top", "open-bottom") as "≥" or "≤" the end that is known. Nor does a chart move for one who asked
 * for less motion.
 */
function regieChartInLanguage() {
    var options = this.cfg.config.options;
    var format = new Intl.NumberFormat(options.locale).format;
    // drawn at once for a person who asked for less motion, as the page's lists and dialogs are
    if (window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
        options.animation = false;
    }
    options.plugins = options.plugins || {};
    options.plugins.tooltip = {
        callbacks: {
            label: function (item) {
                var value = item.raw;
                // a range with an open end says so: "more than 80,000" is no 80,000 – 80,000
                var range = !Array.isArray(value) ? format(value)
                    : value[2] === 'open-top' ? '\u2265 ' + format(value[0])
                    : value[2] === 'open-bottom' ? '\u2264 ' + format(value[1])
                    : format(value[0]) + ' \u2013 ' + format(value[1]);
                return item.dataset.label + ': ' + range;
            }
        }
    };
}

/*
 * A logarithmic scale, from 1, shows a village's beds beside a city's estimate; the linear one, where a bar's length
 * is its number, stays the default. The chart is drawn anew, as Chart.js does not change a scale's type in place.
 */
function regieChartScale(widgetVar, logarithmic) {
    var widget = PF(widgetVar);
    widget.cfg.config.options.scales = logarithmic ? {y: {type: 'logarithmic', min: 1}} : {y: {grace: '5%'}};
    widget.chart.destroy();
    widget._render();
}
