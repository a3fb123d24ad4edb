/*
 * A calendar never stays open over a form's buttons. It opens and closes at once, without the fade: an animated
 * opening ignores every closing asked for while it runs, and a closing cut short leaves the calendar shown while the
 * picker believes it closed, so a click or a key at the wrong moment left it open for good. It closes when a day is
 * chosen (PrimeFaces keeps it open unless told to move the focus; a picker with a time stays open, its time is still
 * to be set), on Escape wherever the focus is, also on the calendar button that opened it (the picker itself only
 * listens on its text field and its panel), and when a date is typed into its field. A day picked in another month
 * than the one it opened on keeps the picker's time of day.
 */
(function () {
    function withoutAnimation(prototype, method) {
        var animated = prototype[method];
        prototype[method] = function () {
            var enabled = PrimeFaces.animationEnabled;
            PrimeFaces.animationEnabled = false;
            try {
                return animated.apply(this, arguments);
            } finally {
                PrimeFaces.animationEnabled = enabled;
            }
        };
    }

    /**
     * A day picked in an empty picker with a time takes the picker's time of day (defaultHour, defaultMinute) in
     * every month: the picker takes the time of the month it shows, which it starts at midnight when paged to.
     */
    function pickedDayAtDefaultTime(prototype) {
        var select = prototype.selectDate;
        prototype.selectDate = function () {
            if (this.options.showTime && !this.isDate(this.value) && this.viewDate) {
                this.viewDate = new Date(this.viewDate);
                this.viewDate.setHours(this.options.defaultHour, this.options.defaultMinute,
                    this.options.defaultSecond, 0);
            }
            return select.apply(this, arguments);
        };
    }

    /** The picker's script is loaded only on pages with a picker, so this runs before every event that may open one. */
    function openAndCloseAtOnce() {
        var prototype = window.jQuery && jQuery.prime && jQuery.prime.datePicker && jQuery.prime.datePicker.prototype;
        if (prototype && !prototype.opensAtOnce) {
            withoutAnimation(prototype, 'showOverlay');
            withoutAnimation(prototype, 'hideOverlay');
            pickedDayAtDefaultTime(prototype);
            prototype.opensAtOnce = true;
        }
    }

    function panelOf(picker) {
        var calendar = picker instanceof PrimeFaces.widget.DatePicker && picker.jq ? picker.jq.data().primeDatePicker : null;
        return calendar && calendar.panel && calendar.panel.is(':visible') ? calendar.panel[0] : null;
    }

    function pickerOf(id) {
        // a page without a date picker has no picker widget loaded at all
        var picker = id && PrimeFaces.widget.DatePicker ? PrimeFaces.getWidgetById(id) : null;
        return picker && picker instanceof PrimeFaces.widget.DatePicker ? picker : null;
    }

    /** Hides the open pickers; says whether one was open. */
    function hideOpenPickers() {
        if (!window.PrimeFaces || !PrimeFaces.widget.DatePicker) {
            return false;
        }
        var open = Object.keys(PrimeFaces.widgets).map(function (name) {
            return PrimeFaces.widgets[name];
        }).filter(function (picker) {
            return panelOf(picker) !== null;
        });
        open.forEach(function (picker) {
            picker.hide();
        });
        return open.length > 0;
    }

    function isDay(element) {
        return element && element.closest && element.closest('.ui-datepicker-calendar td > a');
    }

    function afterDayChosen(day) {
        var panel = day.closest('[id$="_panel"]');
        var picker = panel ? pickerOf(panel.id.replace(/_panel$/, '')) : null;
        if (picker && !picker.cfg.showTime) {
            // after the picker's own handler has put the date into the field (and redrawn the days)
            setTimeout(function () {
                if (panelOf(picker)) {
                    picker.hide();
                }
            }, 150);
        }
    }

    /** "dd-MM-yyyy HH:mm" as a date, or null. */
    function moment(text) {
        var parts = /^\s*(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2})\s*$/.exec(text || '');
        return parts ? new Date(+parts[3], parts[2] - 1, +parts[1], +parts[4], +parts[5]) : null;
    }

    function written(date) {
        function two(n) {
            return (n < 10 ? '0' : '') + n;
        }
        return two(date.getDate()) + '-' + two(date.getMonth() + 1) + '-' + date.getFullYear() + ' '
            + two(date.getHours()) + ':' + two(date.getMinutes());
    }

    /**
     * An end picker (data-end-of names its start picker) still empty when the start is chosen takes the start's day
     * at its own default time, or three hours after the start when that is not later: one time to set, not two.
     */
    function endFollowsStart(event) {
        var field = event.target;
        var start = field && /_input$/.test(field.id || '') ? moment(field.value) : null;
        if (!start) {
            return;
        }
        var id = field.id.replace(/_input$/, '');
        document.querySelectorAll('[data-end-of]').forEach(function (element) {
            var end = pickerOf(element.id.replace(/_input$/, ''));
            if (element.getAttribute('data-end-of') !== id || !end || end.input.val().trim()) {
                return;
            }
            var proposed = new Date(start);
            proposed.setHours(end.cfg.defaultHour || 0, end.cfg.defaultMinute || 0, 0, 0);
            if (proposed <= start) {
                proposed = new Date(start.getTime() + 3 * 3600 * 1000);
            }
            end.input.val(written(proposed)).attr('data-proposed', end.input.val());
        });
    }

    /* A proposed end is selected when the person comes to it: what they type replaces it, not follows it. */
    function selectProposal(event) {
        var field = event.target;
        if (field && field.hasAttribute && field.hasAttribute('data-proposed')) {
            if (field.value === field.getAttribute('data-proposed')) {
                setTimeout(function () {
                    field.select();
                }, 0);
            } else {
                field.removeAttribute('data-proposed');
            }
        }
    }

    document.addEventListener('DOMContentLoaded', openAndCloseAtOnce);
    document.addEventListener('DOMContentLoaded', function () {
        // the picker announces a chosen day through jQuery, which native listeners do not hear
        $(document).on('change', 'input', endFollowsStart);
    });

    document.addEventListener('focusin', openAndCloseAtOnce, true);
    document.addEventListener('focusin', selectProposal);

    document.addEventListener('keydown', function (event) {
        openAndCloseAtOnce();
        if (event.key === 'Escape' && hideOpenPickers()) {
            // nothing else takes this Escape: a dialog the calendar is in stays open
            event.stopImmediatePropagation();
        } else if (event.key === 'Enter' && isDay(event.target)) {
            afterDayChosen(event.target);
        }
    }, true);

    document.addEventListener('input', function (event) {
        var field = event.target;
        var picker = field && /_input$/.test(field.id || '') ? pickerOf(field.id.replace(/_input$/, '')) : null;
        if (picker && !picker.cfg.showTime && panelOf(picker)) {
            picker.hide();
        }
    }, true);

    document.addEventListener('click', function (event) {
        openAndCloseAtOnce();
        if (isDay(event.target)) {
            afterDayChosen(event.target);
        }
    }, true);
})();
