/*
 * A number pasted, dropped or put in at once (by autofill) into a number field is read as a person writes it. The
 * field on its own takes every character but digits out, so "4.2" pasted into a Dutch field, or "4,2" into an
 * English one, becomes forty-two and "120 m2" 1202, saved without a word. Here a unit or currency around the number
 * is left out; a separator is a group separator only where groups of three digits follow it and it is the field's
 * own ("1.234" in Dutch, "1,234" in English) or where it stands more than once, and otherwise marks the decimals,
 * whichever of "," and "." it is; of both, the last one marks the decimals. A grouped reading the field cannot take
 * (a latitude of 52012) is read with decimals instead (52.012). Text that holds no number puts nothing in.
 */
(function () {
    "use strict";

    var UNIT_AFTER = /(?:\s*[a-zA-Z%°\u20ac][a-zA-Z%°.\u20ac]*[\u00b2\u00b323]?)+$/;
    var CURRENCY_BEFORE = /^[\u20ac$\u00a3]/;

    /*
     * The readings of {@code text} as a number with "." for its decimals and no groups, the likelier first; none for
     * text that is no plain number.
     */
    function readings(text, groupSeparator) {
        var typed = text.replace(/[\s\u00a0\u202f']/g, "").replace(CURRENCY_BEFORE, "").replace(UNIT_AFTER, "");
        if (!/^[-+]?[0-9.,]*$/.test(typed) || !/[0-9]/.test(typed)) {
            return [];
        }
        var sign = typed.charAt(0) === "-" ? "-" : "";
        var digits = typed.replace(/^[-+]/, "");
        var last = Math.max(digits.lastIndexOf(","), digits.lastIndexOf("."));
        if (digits.indexOf(",") >= 0 && digits.indexOf(".") >= 0) {
            return plain(sign, digits, last);
        }
        var separator = digits.indexOf(",") >= 0 ? "," : ".";
        var parts = digits.split(separator);
        var grouped = parts.length > 1 && /^[0-9]{1,3}$/.test(parts[0]) && parts.slice(1).every(function (part) {
            return /^[0-9]{3}$/.test(part);
        });
        if (grouped && parts.length > 2) {
            return plain(sign, digits, -1);
        }
        if (parts.length > 2) {
            return [];
        }
        var decimal = plain(sign, digits, last);
        return grouped && separator === groupSeparator ? plain(sign, digits, -1).concat(decimal) : decimal;
    }

    /* The number with its decimals after {@code decimalAt} (none when negative) and every other separator left out. */
    function plain(sign, digits, decimalAt) {
        var whole = (decimalAt < 0 ? digits : digits.substring(0, decimalAt)).replace(/[.,]/g, "");
        var decimals = decimalAt < 0 ? "" : digits.substring(decimalAt + 1);
        if (/[.,]/.test(decimals)) {
            return [];
        }
        return [sign + (whole || "0") + (decimals ? "." + decimals : "")];
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
        var found = readings(value.substring(0, input.selectionStart) + text + value.substring(input.selectionEnd),
            settings.digitGroupSeparator);
        var fitting = found.filter(function (number) {
            return Number(number) >= Number(settings.minimumValue) && Number(number) <= Number(settings.maximumValue);
        });
        if (found.length && !fitting.length) {
            // a number the field cannot take: the field says so itself
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        if (fitting.length) {
            widget.setValue(fitting[0]);
            input.dispatchEvent(new Event("input", {bubbles: true}));
            input.dispatchEvent(new Event("change", {bubbles: true}));
        }
    }

    /*
     * Typed key by key, the field takes a Dutch "." as the decimal comma: "1.000" persons became 1,00, one person,
     * saved without a word. What was typed into an empty field is kept beside it, and when the field is left it is
     * read as a pasted number is: "1.000" is a thousand, "12.5" stays 12,5, a latitude of "52.012" stays 52,012.
     */
    var typed = new WeakMap();

    function widgetOf(input) {
        var box = input && input.closest && input.closest(".ui-inputnumber");
        var widget = box && window.PrimeFaces && PrimeFaces.getWidgetById(box.id);
        return widget && widget.autonumeric ? widget : null;
    }

    document.addEventListener("keydown", function (event) {
        var input = event.target;
        if (!widgetOf(input)) {
            return;
        }
        var sofar = input.value === "" ? "" : typed.get(input);
        if (event.ctrlKey || event.metaKey || event.altKey || sofar === undefined) {
            typed.delete(input);
        } else if (event.key.length === 1) {
            typed.set(input, sofar + event.key);
        } else if (event.key === "Backspace" && sofar) {
            typed.set(input, sofar.slice(0, -1));
        } else if (event.key !== "Shift" && event.key !== "Tab" && event.key !== "Enter") {
            // the caret moved or text went: what the field holds is no longer what was typed in a row
            typed.delete(input);
        }
    }, true);
    document.addEventListener("change", function (event) {
        var input = event.target;
        var widget = widgetOf(input);
        var written = widget && typed.get(input);
        typed.delete(input);
        if (!written) {
            return;
        }
        var settings = widget.autonumeric.getSettings();
        var fitting = readings(written, settings.digitGroupSeparator).filter(function (number) {
            return Number(number) >= Number(settings.minimumValue) && Number(number) <= Number(settings.maximumValue);
        });
        if (fitting.length && Number(fitting[0]) !== Number(widget.autonumeric.getNumericString())) {
            widget.setValue(fitting[0]);
        }
    }, true);

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
