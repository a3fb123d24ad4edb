/*
 * A number pasted, dropped or put in at once (by autofill) into a number field is read as a person writes it. The
 * field on its own takes every group separator out, so "4.2" pasted into a Dutch field, or "4,2" into an English
 * one, becomes forty-two, and a coordinate ten times too large is saved without a word. Here a separator is a group
 * separator only where groups of three digits follow it and it is the field's own ("1.234" in Dutch, "1,234" in
 * English), or where it stands more than once; otherwise it marks the decimals, whichever of "," and "." it is. Of
 * both, the last one marks the decimals. Text that is no plain number is left to the field, which refuses it.
 */
(function () {
    "use strict";

    /* The number in {@code text} with "." for its decimals and no groups; null for text that is no plain number. */
    function read(text, groupSeparator) {
        var typed = text.trim().replace(/[\s\u00a0\u202f']/g, "");
        if (!/^[-+]?[0-9]*[.,]?[0-9.,]*$/.test(typed) || !/[0-9]/.test(typed)) {
            return null;
        }
        var sign = /^[-+]/.test(typed) ? typed.charAt(0).replace("+", "") : "";
        var digits = typed.replace(/^[-+]/, "");
        var decimalAt = Math.max(digits.lastIndexOf(","), digits.lastIndexOf("."));
        if (digits.indexOf(",") < 0 || digits.indexOf(".") < 0) {
            var separator = digits.indexOf(",") >= 0 ? "," : ".";
            var parts = digits.split(separator);
            var grouped = parts.length > 1 && /^[0-9]{1,3}$/.test(parts[0]) && parts.slice(1).every(function (part) {
                return /^[0-9]{3}$/.test(part);
            });
            if (grouped && (separator === groupSeparator || parts.length > 2)) {
                decimalAt = -1;
            } else if (parts.length > 2) {
                return null;
            }
        }
        var whole = (decimalAt < 0 ? digits : digits.substring(0, decimalAt)).replace(/[.,]/g, "");
        var decimals = decimalAt < 0 ? "" : digits.substring(decimalAt + 1);
        if (/[.,]/.test(decimals)) {
            return null;
        }
        return sign + (whole || "0") + (decimals ? "." + decimals : "");
    }

    function putIn(event, text) {
        var input = event.target;
        var box = input && input.closest && input.closest(".ui-inputnumber");
        var widget = box && window.PrimeFaces && PrimeFaces.getWidgetById(box.id);
        if (!widget || !widget.autonumeric || text === null || text === undefined) {
            return;
        }
        // what is pasted goes where the selection is, as it would without this
        var value = input.value;
        var settings = widget.autonumeric.getSettings();
        var number = read(value.substring(0, input.selectionStart) + text + value.substring(input.selectionEnd),
            settings.digitGroupSeparator);
        if (number === null || Number(number) < Number(settings.minimumValue)
                || Number(number) > Number(settings.maximumValue)) {
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        widget.setValue(number);
        input.dispatchEvent(new Event("input", {bubbles: true}));
        input.dispatchEvent(new Event("change", {bubbles: true}));
    }

    document.addEventListener("paste", function (event) {
        putIn(event, event.clipboardData && event.clipboardData.getData("text/plain"));
    }, true);
    document.addEventListener("drop", function (event) {
        putIn(event, event.dataTransfer && event.dataTransfer.getData("text/plain"));
    }, true);
    document.addEventListener("beforeinput", function (event) {
        // one key is the field's own to take; more at once was pasted or filled in
        if ((event.inputType === "insertText" || event.inputType === "insertReplacementText")
                && event.data && event.data.length > 1) {
            putIn(event, event.data);
        }
    }, true);
})();
