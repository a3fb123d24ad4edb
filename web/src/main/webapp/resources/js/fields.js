/*
 * Ties every message about a field to that field (WCAG 3.3.1, 1.3.1): the messages' renderer names the field of an
 * item in data-for; here the field's own input (PrimeFaces widgets put it at <id>, <id>_input or <id>_focus, or
 * inside the element <id>) is described by the item and marked invalid, so a screen reader reads the message with
 * the field. Runs when the page loads and after every ajax update.
 */
(function () {
    "use strict";

    var INPUT = /^(INPUT|SELECT|TEXTAREA)$/;

    function fieldOf(id) {
        var suffixes = ["", "_input", "_focus"];
        for (var i = 0; i < suffixes.length; i++) {
            var element = document.getElementById(id + suffixes[i]);
            if (element && INPUT.test(element.tagName) && element.type !== "hidden") {
                return element;
            }
        }
        var box = document.getElementById(id);
        return box ? box.querySelector("input:not([type=hidden]), select, textarea") : null;
    }

    function tie() {
        Array.prototype.forEach.call(document.querySelectorAll("li[data-for]"), function (item) {
            var field = fieldOf(item.getAttribute("data-for"));
            if (!field) {
                return;
            }
            if (!item.id) {
                var id = item.getAttribute("data-for") + "_error";
                for (var n = 2; document.getElementById(id); n++) {
                    id = item.getAttribute("data-for") + "_error" + n;
                }
                item.id = id;
            }
            var described = (field.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (ref) {
                return ref && document.getElementById(ref);
            });
            if (described.indexOf(item.id) < 0) {
                described.push(item.id);
            }
            field.setAttribute("aria-describedby", described.join(" "));
            field.setAttribute("aria-invalid", "true");
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", tie);
    } else {
        tie();
    }
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", tie);
    }
})();
