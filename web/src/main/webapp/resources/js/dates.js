/*
 * Escape closes an open date picker wherever the focus is, also on the calendar button that opened it (the picker
 * itself only listens on its text field and its panel), so a calendar never stays open over a form's buttons.
 */
document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || !window.PrimeFaces || !PrimeFaces.widget.DatePicker) {
        return;
    }
    Object.keys(PrimeFaces.widgets).forEach(function (name) {
        var picker = PrimeFaces.widgets[name];
        var calendar = picker instanceof PrimeFaces.widget.DatePicker && picker.jq ? picker.jq.data().primeDatePicker : null;
        if (calendar && calendar.panel && calendar.panel.is(':visible')) {
            picker.hide();
            event.stopPropagation();
        }
    });
}, true);
