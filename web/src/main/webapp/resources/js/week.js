/*
 * Calendars start the week on Monday in every language, as weeks are counted in the Netherlands and in the rest of
 * Europe (ISO 8601); PrimeFaces' English would start it on Sunday. Each date picker copies its language's settings
 * when it is made, and the English ones are loaded after this script: the picker's own copy is set, on the picker's
 * type as soon as its script defines it, before any picker is made.
 */
(function () {
    function mondayFirst(widget) {
        var configure = widget && widget.prototype.configureLocale;
        if (configure && !widget.prototype.mondayFirst) {
            widget.prototype.configureLocale = function () {
                configure.apply(this, arguments);
                if (this.cfg.userLocale && typeof this.cfg.userLocale === 'object') {
                    this.cfg.userLocale.firstDayOfWeek = 1;
                }
            };
            widget.prototype.mondayFirst = true;
        }
        return widget;
    }

    var picker = mondayFirst(PrimeFaces.widget.DatePicker);
    Object.defineProperty(PrimeFaces.widget, 'DatePicker', {
        configurable: true,
        enumerable: true,
        get: function () {
            return picker;
        },
        set: function (widget) {
            picker = mondayFirst(widget);
        }
    });
})();
