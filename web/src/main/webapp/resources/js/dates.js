/*
 * A calendar never stays open over a form's buttons. It closes when a day is chosen (PrimeFaces keeps it open unless
 * told to move the focus; a picker with a time stays open, its time is still to be set), and on Escape wherever the
 * focus is, also on the calendar button that opened it (the picker itself only listens on its text field and its
 * panel). Typing a date into the field closes it too (the picker's own closing on a click into the field is lost
 * when the click comes while it is still opening), and keeps it closed for a second after the last key: the picker's
 * own focus handling may open it again while it closes.
 */
(function () {
    function panelOf(picker) {
        var calendar = picker instanceof PrimeFaces.widget.DatePicker && picker.jq ? picker.jq.data().primeDatePicker : null;
        return calendar && calendar.panel && calendar.panel.is(':visible') ? calendar.panel[0] : null;
    }

    function openPickers() {
        if (!window.PrimeFaces || !PrimeFaces.widget.DatePicker) {
            return [];
        }
        return Object.keys(PrimeFaces.widgets).map(function (name) {
            return PrimeFaces.widgets[name];
        }).filter(function (picker) {
            return panelOf(picker) !== null;
        });
    }

    /**
     * Hides a picker. One still opening ignores hiding until its opening has ended, however long that takes on a busy
     * machine: it is asked again every 50 ms while it stays visible, for at most 5 s. Once it is hidden the asking
     * stops, so a calendar opened again afterwards stays open.
     */
    function hide(picker, tries) {
        var asked = tries || 0;
        close(picker, asked);
        if (asked < 100 && !picker.jq.data().primeDatePicker.options.inline) {
            setTimeout(function () {
                if (panelOf(picker)) {
                    hide(picker, asked + 1);
                }
            }, 50);
        }
    }

    /**
     * Asks a picker to close; after a second of asking, closes its panel alone when the picker believes it closed
     * already (an opening cut short by a closing can leave the panel shown without the picker's listeners, and the
     * picker then refuses every closing).
     */
    function close(picker, asked) {
        var calendar = picker.jq.data().primeDatePicker;
        if (asked >= 20 && !calendar.documentClickListener) {
            calendar.panel.hide();
        } else {
            picker.hide();
        }
    }

    /** Hides the open pickers; says whether one was open. */
    function hideOpenPickers() {
        var open = openPickers();
        open.forEach(function (picker) {
            hide(picker);
        });
        return open.length > 0;
    }

    function isDay(element) {
        return element && element.closest && element.closest('.ui-datepicker-calendar td > a');
    }

    function afterDayChosen(day) {
        var panel = day.closest('[id$="_panel"]');
        var picker = panel ? PrimeFaces.getWidgetById(panel.id.replace(/_panel$/, '')) : null;
        if (picker && picker instanceof PrimeFaces.widget.DatePicker && !picker.cfg.showTime) {
            // after the picker's own handler has put the date into the field (and redrawn the days)
            setTimeout(function () {
                hide(picker);
            }, 150);
        }
    }

    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && hideOpenPickers()) {
            event.stopPropagation();
        } else if (event.key === 'Enter' && isDay(event.target)) {
            afterDayChosen(event.target);
        }
    }, true);

    /** When a date was last typed into each picker's field, by the picker's id; a click on a calendar button ends it. */
    var typedAt = {};

    function typedLately(picker) {
        return Date.now() - (typedAt[picker.id] || 0) < 1000;
    }

    function keepClosedWhileTyping(picker) {
        if (panelOf(picker)) {
            picker.hide();
        }
        if (typedLately(picker)) {
            setTimeout(function () {
                keepClosedWhileTyping(picker);
            }, 50);
        }
    }

    document.addEventListener('input', function (event) {
        var field = event.target;
        var picker = field && field.id && /_input$/.test(field.id)
            ? PrimeFaces.getWidgetById(field.id.replace(/_input$/, '')) : null;
        if (picker && picker instanceof PrimeFaces.widget.DatePicker && !picker.cfg.showTime) {
            var watching = typedLately(picker);
            typedAt[picker.id] = Date.now();
            if (panelOf(picker)) {
                hide(picker);
            }
            if (!watching) {
                keepClosedWhileTyping(picker);
            }
        }
    }, true);

    document.addEventListener('click', function (event) {
        if (isDay(event.target)) {
            afterDayChosen(event.target);
        } else if (event.target.closest && event.target.closest('.ui-datepicker-trigger')) {
            typedAt = {};
        }
    }, true);
})();
