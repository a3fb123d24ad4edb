/*
 * Ties every message about a field to that field (WCAG 3.3.1, 1.3.1): the messages' renderer names the field of an
 * item in data-for; here the field's own input (PrimeFaces widgets put it at <id>, <id>_input or <id>_focus, or
 * inside the element <id>) is described by the item and marked invalid, so a screen reader reads the message with
 * the field, and the refusal is repeated under the field. Also names what PrimeFaces leaves unnamed and lets the
 * keyboard reach a table that scrolls sideways. Runs when the page loads and after every ajax update.
 */
(function () {
    "use strict";

    var INPUT = /^(INPUT|SELECT|TEXTAREA)$/;

    function fieldOf(id) {
        var box = document.getElementById(id);
        // a select menu is reached through its combobox, not through the hidden select behind it
        var combobox = box && !INPUT.test(box.tagName) ? box.querySelector("[role=combobox]") : null;
        if (combobox) {
            return combobox;
        }
        var suffixes = ["", "_input", "_focus"];
        for (var i = 0; i < suffixes.length; i++) {
            var element = document.getElementById(id + suffixes[i]);
            if (element && INPUT.test(element.tagName) && element.type !== "hidden") {
                return element;
            }
        }
        return box ? box.querySelector("input:not([type=hidden]), select, textarea") : null;
    }

    /* The element a note about the field goes after: the widget around its input, or the input itself. */
    function boxOf(id, field) {
        var box = document.getElementById(id);
        return box && box !== field && box.contains(field) ? box : field;
    }

    /*
     * The refusal repeated under its field, where the eye is when correcting it; the list keeps them all together
     * and is what a screen reader reads with the field, so the repetition is hidden from it.
     */
    function showUnder(item, field) {
        var forId = item.getAttribute("data-for");
        var text = item.textContent.trim();
        var shown = Array.prototype.some.call(document.querySelectorAll("small.field-refusal"), function (note) {
            return note.getAttribute("data-for") === forId && note.textContent === text;
        });
        if (shown) {
            // the page's messages and a dialog's may both list it: under the field it stands once
            return;
        }
        var box = boxOf(forId, field);
        var after = document.getElementById((field.id || field.name) + "_length") || box;
        var note = document.createElement("small");
        // a question to confirm is no error: it is shown as the warning it is
        note.className = item.closest(".ui-messages-warn") ? "field-refusal field-warning" : "field-refusal";
        note.setAttribute("aria-hidden", "true");
        note.setAttribute("data-for", forId);
        note.textContent = text;
        var last = after;
        while (last.nextElementSibling && last.nextElementSibling.classList.contains("field-refusal")) {
            last = last.nextElementSibling;
        }
        last.insertAdjacentElement("afterend", note);
    }

    /* A field with a message component of its own beside it (p:message) already says it there. */
    function hasOwnMessage(field) {
        return (field.getAttribute("aria-describedby") || "").split(/\s+/).some(function (ref) {
            var element = ref ? document.getElementById(ref) : null;
            return element !== null && element.closest(".ui-message") !== null && element.getClientRects().length > 0;
        });
    }

    function tie() {
        Array.prototype.forEach.call(document.querySelectorAll("small.field-refusal"), function (note) {
            note.parentNode.removeChild(note);
        });
        Array.prototype.forEach.call(document.querySelectorAll("li[data-for]:not([data-corrected])"), function (item) {
            var field = fieldOf(item.getAttribute("data-for"));
            if (!field) {
                return;
            }
            if (item.getClientRects().length > 0 && !hasOwnMessage(field)) {
                showUnder(item, field);
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

    /*
     * A refused field that is being corrected no longer says it is wrong: the note under it and its invalid marking
     * go as soon as it changes, and a later update of the page does not bring them back; the page's list of messages
     * keeps what the save said until the next save answers.
     */
    function owns(forId, target) {
        var box = document.getElementById(forId);
        return box !== null && (box === target || box.contains(target) || fieldOf(forId) === target);
    }

    function corrected(event) {
        var target = event.target;
        if (!target || !target.closest || !target.closest("[aria-invalid='true'], .ui-state-error, [contenteditable]")) {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll("li[data-for]:not([data-corrected])"), function (item) {
            var forId = item.getAttribute("data-for");
            if (!owns(forId, target)) {
                return;
            }
            item.setAttribute("data-corrected", "");
            Array.prototype.forEach.call(document.querySelectorAll("small.field-refusal"), function (note) {
                if (note.getAttribute("data-for") === forId) {
                    note.parentNode.removeChild(note);
                }
            });
            var field = fieldOf(forId);
            var box = document.getElementById(forId);
            [field, box, document.querySelector("label[for='" + CSS.escape(forId) + "']"),
                field && field.id ? document.querySelector("label[for='" + CSS.escape(field.id) + "']") : null]
                .forEach(function (element) {
                    if (element) {
                        element.classList.remove("ui-state-error");
                    }
                });
            if (field) {
                field.removeAttribute("aria-invalid");
                var described = (field.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (ref) {
                    return ref && ref !== item.id;
                });
                if (described.length) {
                    field.setAttribute("aria-describedby", described.join(" "));
                } else {
                    field.removeAttribute("aria-describedby");
                }
            }
        });
    }
    document.addEventListener("input", corrected, true);
    document.addEventListener("change", corrected, true);

    /*
     * A row toggler with words of its own ("Foutenrapport tonen") is named by them, the words a person sees and a
     * voice command says (WCAG 2.5.3); PrimeFaces names it "Expand" with the row's internal key.
     */
    function nameRowTogglers() {
        Array.prototype.forEach.call(document.querySelectorAll(".ui-row-toggler"), function (toggler) {
            var visible = Array.prototype.find.call(toggler.children, function (part) {
                return !part.classList.contains("ui-helper-hidden") && part.textContent.trim() !== "";
            });
            if (visible) {
                toggler.setAttribute("aria-label", visible.textContent.trim());
            }
            // open when the words shown are the second, the ones that close it ("Foutenrapport verbergen")
            var row = toggler.closest("tr");
            toggler.setAttribute("aria-expanded", String(visible && toggler.children.length > 1
                ? visible !== toggler.children[0] : !!(row && row.classList.contains("ui-expanded-row"))));
        });
    }
    /* a button opens with Space as with Enter; the toggler is no button element, so it is pressed here */
    document.addEventListener("keydown", function (event) {
        var toggler = event.key === " " && event.target.closest ? event.target.closest(".ui-row-toggler") : null;
        if (toggler) {
            event.preventDefault();
            toggler.click();
        }
    });
    document.addEventListener("click", function (event) {
        if (event.target.closest && event.target.closest(".ui-row-toggler")) {
            window.setTimeout(nameRowTogglers, 0);
        }
    });
    document.addEventListener("keyup", function (event) {
        if (event.target.closest && event.target.closest(".ui-row-toggler")) {
            window.setTimeout(nameRowTogglers, 0);
        }
    });

    /* PrimeFaces writes the label of a table's rows-per-page choice empty; it gets the words of the page's locale. */
    function nameRowsPerPage() {
        var words = window.PrimeFaces && PrimeFaces.getAriaLabel ? PrimeFaces.getAriaLabel("rowsPerPageLabel") : null;
        if (!words || words === "rowsPerPageLabel") {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll("label.ui-paginator-rpp-label"), function (label) {
            if (!label.textContent.trim()) {
                label.textContent = words;
            }
        });
    }

    /*
     * A date field's calendar button says only "Kies datum", the same beside every date of a form: it names its
     * field's label too ("Kies datum: Peildatum"), so a list of a page's buttons tells them apart.
     */
    function nameDateButtons() {
        var own = window.PrimeFaces && PrimeFaces.getAriaLabel ? PrimeFaces.getAriaLabel("chooseDate") : null;
        Array.prototype.forEach.call(document.querySelectorAll("button.ui-datepicker-trigger"), function (button) {
            var words = button.getAttribute("data-choose") || button.getAttribute("aria-label")
                || (own && !/chooseDate/.test(own) ? own : null)
                || document.documentElement.getAttribute("data-choose-date");
            var input = button.parentElement && button.parentElement.querySelector("input");
            var label = input && input.id ? document.querySelector("label[for='" + CSS.escape(input.id) + "'], label[for='"
                + CSS.escape(input.id.replace(/_input$/, "")) + "']") : null;
            var field = label ? label.textContent.replace(/\*\s*$/, "").trim() : "";
            if (words && !button.hasAttribute("data-choose")) {
                button.setAttribute("data-choose", words);
                button.setAttribute("aria-label", field ? words + ": " + field : words);
                button.setAttribute("title", button.getAttribute("aria-label"));
                // the hidden text of the icon button is the widget's class name, which copying a form would take
                var text = button.querySelector(".ui-button-text");
                if (text) {
                    text.textContent = button.getAttribute("aria-label");
                }
            }
        });
    }

    /*
     * A column's filter list is a combobox PrimeFaces names by its value alone ("Alle"): it is named by its column,
     * as the list it stands for is ("Filter Provincie"), followed by its value. And what a table shows after filtering,
     * sorting or paging ("1–25 van 342") is read out, as its rows change out of the reader's sight.
     */
    function nameFiltersAndCounts() {
        Array.prototype.forEach.call(document.querySelectorAll(".ui-selectonemenu"), function (menu) {
            var select = menu.querySelector("select[aria-label]");
            var combo = menu.querySelector("[role='combobox'][id]");
            if (!select || !combo || combo.hasAttribute("aria-labelledby")) {
                return;
            }
            var name = document.createElement("span");
            name.id = combo.id + "-name";
            name.className = "sr-only";
            name.textContent = select.getAttribute("aria-label");
            menu.appendChild(name);
            combo.setAttribute("aria-labelledby", name.id + " " + combo.id);
        });
        Array.prototype.forEach.call(document.querySelectorAll(".ui-datatable[id] .ui-paginator-current"),
            function (count) {
                count.setAttribute("data-announce", "rows:" + count.closest(".ui-datatable[id]").id);
            });
    }

    /*
     * A choice of several boxes or buttons is one group named by its field's label, so a screen reader says the
     * question with each choice ("Thema's", then "Aantallen, selectievakje") rather than the choice alone.
     */
    function nameChoiceGroups() {
        var groups = document.querySelectorAll(".ui-selectmanycheckbox[id], .ui-selectoneradio[id]");
        Array.prototype.forEach.call(groups, function (group) {
            if (group.hasAttribute("aria-labelledby")) {
                return;
            }
            var label = Array.prototype.find.call(document.querySelectorAll("label[for]"), function (candidate) {
                // the field's label, not a choice's own inside the group (for="themes:0")
                var named = candidate.getAttribute("for");
                return !group.contains(candidate) && (named === group.id || named.indexOf(group.id + ":") === 0);
            });
            if (!label) {
                return;
            }
            if (!label.id) {
                label.id = group.id + "-label";
            }
            group.setAttribute("role", group.classList.contains("ui-selectoneradio") ? "radiogroup" : "group");
            group.setAttribute("aria-labelledby", label.id);
        });
    }

    /*
     * A rich-text editor is a bare editable block; it is named by the label of its field or else by the heading of
     * the part of the page it is in (a chapter, the minutes), and a screen reader told it is a text field of several
     * lines.
     */
    function nameEditors() {
        Array.prototype.forEach.call(document.querySelectorAll(".ui-texteditor .ql-editor"), function (editor) {
            if (editor.hasAttribute("aria-label") || editor.hasAttribute("aria-labelledby")) {
                return;
            }
            var field = editor.closest("[data-editor-label]");
            var part = editor.closest(".doc-section, section, .ui-dialog, form");
            var heading = part ? part.querySelector("h2, h3, .ui-dialog-title") : null;
            if (field) {
                editor.setAttribute("aria-label", field.getAttribute("data-editor-label"));
            } else if (heading && heading.textContent.trim()) {
                editor.setAttribute("aria-label", heading.textContent.trim());
            }
            editor.setAttribute("role", "textbox");
            editor.setAttribute("aria-multiline", "true");
        });
    }

    /*
     * A length limit (maxlength) cuts pasted or typed text short without a word, and the shortened text would be saved
     * as if it were what was meant. The limit moves to data-maxlength and the text stays whole; a note under the field
     * says how much too long it is, and the server refuses to save it, naming the limit, so nothing is lost or cut.
     * A text area that counts down its characters keeps its limit: the count shows it.
     */
    function keepWholeTexts() {
        var words = document.documentElement.getAttribute("data-too-long");
        if (!words) {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll("input[maxlength], textarea[maxlength]"), function (field) {
            var widget = widgetOf(field);
            if (widget && widget.cfg && widget.cfg.counter) {
                return;
            }
            if (widget && widget.cfg && widget.cfg.maxlength) {
                delete widget.cfg.maxlength;
                widget.jq.off("keyup.inputtextarea-maxlength");
            }
            field.setAttribute("data-maxlength", field.getAttribute("maxlength"));
            field.removeAttribute("maxlength");
            field.addEventListener("input", function () {
                noteLength(field, words);
            });
            noteLength(field, words);
        });
    }

    function widgetOf(field) {
        var widgets = window.PrimeFaces && PrimeFaces.widgets ? PrimeFaces.widgets : {};
        for (var name in widgets) {
            if (Object.prototype.hasOwnProperty.call(widgets, name) && widgets[name] && widgets[name].jq
                    && widgets[name].jq[0] === field) {
                return widgets[name];
            }
        }
        return null;
    }

    function noteLength(field, words) {
        var limit = parseInt(field.getAttribute("data-maxlength"), 10);
        var id = (field.id || field.name) + "_length";
        var note = document.getElementById(id);
        var described = (field.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (ref) {
            return ref && ref !== id;
        });
        if (field.value.length > limit) {
            if (!note) {
                note = document.createElement("small");
                note.id = id;
                note.className = "length-note";
                note.setAttribute("aria-live", "polite");
                field.insertAdjacentElement("afterend", note);
            }
            note.textContent = words.replace("{0}", field.value.length.toLocaleString(document.documentElement.lang))
                .replace("{1}", limit.toLocaleString(document.documentElement.lang));
            described.push(id);
        } else if (note) {
            note.parentNode.removeChild(note);
        }
        if (described.length) {
            field.setAttribute("aria-describedby", described.join(" "));
        } else {
            field.removeAttribute("aria-describedby");
        }
    }

    /*
     * In a rich-text editor Tab would type a tab and keep the focus there for good (WCAG 2.1.2): Tab and Shift+Tab
     * leave it, as they leave any other field. Stopped on the way down to the editor, the key still moves the focus.
     * Only at the start of a list item do they make it a sub-item and take it back a level, as in a word processor;
     * at the deepest and the first level they leave again.
     */
    function releaseTab() {
        Array.prototype.forEach.call(document.querySelectorAll(".ui-texteditor:not([data-tab-leaves])"), function (box) {
            box.setAttribute("data-tab-leaves", "");
            box.addEventListener("keydown", function (event) {
                if (event.key === "Tab" && !event.ctrlKey && !event.altKey && !event.metaKey
                        && event.target.closest(".ql-editor") && !indentsItem(box, event.shiftKey)) {
                    event.stopPropagation();
                }
            }, true);
        });
    }

    var DEEPEST_INDENT = 8;

    function indentsItem(box, back) {
        var widget = window.PrimeFaces && PrimeFaces.getWidgetById(box.id);
        var quill = widget && widget.editor;
        var range = quill && quill.getSelection();
        if (!range || range.length > 0) {
            return false;
        }
        var format = quill.getFormat(range);
        var indent = format.indent || 0;
        var line = quill.getLine(range.index);
        if (!format.list || line[1] !== 0) {
            return false;
        }
        if (back) {
            return indent > 0;
        }
        // a sub-item belongs to the item before it: the first of a list has none, and stays where it is
        var before = line[0].prev && line[0].prev.formats ? line[0].prev.formats() : {};
        return indent < DEEPEST_INDENT && Boolean(before.list) && (before.indent || 0) >= indent;
    }

    /* PrimeFaces builds an editor once its script has loaded, which may be after the page: named when it appears. */
    /*
     * A table wider than its frame scrolls inside it; the keyboard reaches such a frame to scroll it (WCAG 2.1.1), and
     * one that fits again is no stop of its own. A frame the page made focusable itself is left as it is.
     */
    function reachScrollingTables() {
        Array.prototype.forEach.call(document.querySelectorAll(".ui-datatable-tablewrapper"), function (frame) {
            var scrolls = frame.scrollWidth > frame.clientWidth + 1;
            if (scrolls && !frame.hasAttribute("tabindex")) {
                frame.setAttribute("tabindex", "0");
                frame.setAttribute("data-scroll-stop", "");
            } else if (!scrolls && frame.hasAttribute("data-scroll-stop")) {
                frame.removeAttribute("tabindex");
                frame.removeAttribute("data-scroll-stop");
            }
        });
    }

    /*
     * What an update brought about (an import done, refused or needing its columns named) is read out wherever the
     * focus is: an element marked data-announce puts its text into the page's polite status region, which stays in
     * place while updates replace the parts around it. Each text once per kind; what the page opened with is not
     * repeated.
     */
    var announced = {};

    var wasRefused = false;

    function announce(quietly) {
        var region = document.getElementById("announcer");
        var present = {};
        // a refusal put right (a date that does not exist typed again as the one before): what the page shows now is
        // said again, though it reads as it did before the refusal took the region's word
        var refused = Array.prototype.some.call(document.querySelectorAll(".ui-messages-error"), function (error) {
            return error.getClientRects().length > 0;
        });
        if (wasRefused && !refused) {
            Object.keys(announced).forEach(function (kind) {
                if (kind.indexOf("messages:") !== 0) {
                    delete announced[kind];
                }
            });
        }
        wasRefused = refused;
        // a page's own message that something was done, what to mind about it and what was refused, too: its list is
        // replaced with the form it is in, and a screen reader says no live region that has just come
        var lists = document.querySelectorAll("[data-announce], .ui-messages-info, .ui-messages-warn, "
            + ".ui-messages-error");
        // what changed at once is said at once, the page's own message (saved) before the details it brought
        var messages = [];
        var details = [];
        Array.prototype.forEach.call(lists, function (element, index) {
            // each list of messages a kind of its own: two saying different things would otherwise take turns
            var owner = element.closest("[id]");
            var kind = element.getAttribute("data-announce") || "messages:" + (owner ? owner.id : index);
            // a list's messages as sentences apart: its items stand side by side with nothing between them
            var items = element.querySelectorAll("li");
            var text = (items.length === 0 ? element.textContent : Array.prototype.map.call(items, function (item) {
                return item.textContent.trim();
            }).join(" ")).replace(/\s+/g, " ").trim();
            if (!text || element.getClientRects().length === 0) {
                return;
            }
            present[kind] = true;
            if (announced[kind] !== text) {
                announced[kind] = text;
                (element.hasAttribute("data-announce") ? details : messages).push(text);
            }
        });
        if (region && !quietly && messages.length + details.length > 0) {
            region.textContent = messages.concat(details).join(" ");
        }
        // an outcome gone (a new import running) is said again when it comes back the same
        Object.keys(announced).forEach(function (kind) {
            if (!present[kind]) {
                delete announced[kind];
            }
        });
    }

    var watchingEditors = window.MutationObserver ? new MutationObserver(nameEditors) : null;

    /* A label's asterisk is for the eye: the field it labels says it is required to a screen reader itself. */
    function markRequired() {
        Array.prototype.forEach.call(document.querySelectorAll("label .ui-outputlabel-rfi"), function (mark) {
            var label = mark.closest("label");
            var field = label && label.htmlFor ? document.getElementById(label.htmlFor)
                || document.getElementById(label.htmlFor + "_input") : null;
            if (field && /^(INPUT|SELECT|TEXTAREA)$/.test(field.tagName)) {
                field.setAttribute("aria-required", "true");
            }
        });
    }

    /*
     * A page sent whole (signing in, a password) comes back with its refusals and the focus nowhere: it goes to the
     * first field to correct, else to the first message, as after a refused request in a dialog.
     */
    function focusRefusal() {
        var active = document.activeElement;
        if (active && active !== document.body) {
            return;
        }
        focusFirstToCorrect(document, Array.prototype.find.call(
            document.querySelectorAll(".ui-messages-error, .ui-message-error"), function (m) {
                return m.getClientRects().length > 0;
            }));
    }

    /* The first field to correct shown in the scope, else the message that says why, takes the focus. */
    function focusFirstToCorrect(scope, message) {
        var field = Array.prototype.find.call(scope.querySelectorAll("[aria-invalid='true']"), function (f) {
            return f.getClientRects().length > 0 && !f.disabled;
        });
        if (field) {
            field.focus();
        } else if (message) {
            message.setAttribute("tabindex", "-1");
            message.focus();
        }
    }

    /* A dialog's title heads what it holds: its own headings (h3) follow it as they follow a section's h2. */
    function titleDialogs() {
        Array.prototype.forEach.call(document.querySelectorAll(".ui-dialog-title:not([role])"), function (title) {
            title.setAttribute("role", "heading");
            title.setAttribute("aria-level", "2");
        });
    }

    function run() {
        titleDialogs();
        reachScrollingTables();
        tie();
        keepWholeTexts();
        nameRowsPerPage();
        nameRowTogglers();
        nameDateButtons();
        nameEditors();
        nameChoiceGroups();
        nameFiltersAndCounts();
        markRequired();
        releaseTab();
        if (watchingEditors) {
            Array.prototype.forEach.call(document.querySelectorAll(".ui-texteditor"), function (box) {
                watchingEditors.observe(box, {childList: true, subtree: true});
            });
        }
    }

    /* Watched by the markup it adds, as an upload's answer is no ajax request of the page. */
    function watchOutcomes() {
        announce(true);
        var pending = null;
        if (window.MutationObserver) {
            new MutationObserver(function () {
                window.clearTimeout(pending);
                pending = window.setTimeout(function () {
                    announce(false);
                }, 100);
            }).observe(document.body, {childList: true, subtree: true});
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", run);
        document.addEventListener("DOMContentLoaded", watchOutcomes);
        document.addEventListener("DOMContentLoaded", focusRefusal);
    } else {
        run();
        watchOutcomes();
        focusRefusal();
    }
    window.addEventListener("load", reachScrollingTables);
    window.addEventListener("resize", reachScrollingTables);
    /*
     * The field that had the focus when a form was sent, by its id (an update replaces it with its like): Enter in a
     * field sends its form from there.
     */
    var focusedWhenSent = null;

    function rememberFocus() {
        var active = document.activeElement;
        focusedWhenSent = active && active.id ? active.id : null;
    }

    /*
     * Whether {@code active} is the field a form was sent from by Enter (a button's request, the focus in a field that
     * is not to correct and still where it was), not one gone on to, nor one whose own change sent a request.
     */
    function sentFrom(active, settings) {
        var source = settings && settings.source;
        source = typeof source === "string" ? document.getElementById(source) : source;
        return focusedWhenSent !== null && active.id === focusedWhenSent && active.matches("input, textarea")
            && active.getAttribute("aria-invalid") !== "true" && !!source && !!source.matches
            && source.matches("button, input[type='submit']");
    }

    /*
     * A form of the page itself refused: from the button that sent it (or nowhere, when the answer replaced it) the
     * focus goes to the first field to correct, as in a dialog; one who went on into a field stays there.
     */
    function refusedOnPage(settings) {
        var source = settings && settings.source;
        source = typeof source === "string" ? document.getElementById(source) : source;
        var sent = source && source.closest ? source.closest("form") : null;
        var form = sent && sent.id ? document.getElementById(sent.id) : null;
        var active = document.activeElement;
        if (form && (!active || active === document.body || active.tagName === "BUTTON"
                || sentFrom(active, settings))) {
            focusFirstToCorrect(form, null);
        }
    }

    /*
     * A form refused in a dialog shows why at its top, which a long dialog scrolled down to its save button keeps out
     * of sight: the first message is brought into view.
     */
    function showRefusal(event, xhr, settings, args) {
        if (!args || !args.validationFailed) {
            return;
        }
        var shown = Array.prototype.filter.call(document.querySelectorAll(".ui-dialog .ui-messages-error, "
                + ".ui-dialog .ui-message-error"), function (message) {
            return message.getClientRects().length > 0;
        });
        if (!shown.length) {
            refusedOnPage(settings);
        } else {
            shown[0].scrollIntoView({block: "nearest"});
            // the update replaced the button that had the focus: it goes to the first field to correct, or else to
            // the message, not to the top of the page behind the dialog
            var dialog = shown[0].closest(".ui-dialog");
            var active = document.activeElement;
            if (dialog && (!active || active === document.body || !dialog.contains(active)
                    || sentFrom(active, settings))) {
                focusFirstToCorrect(dialog, shown[0]);
            }
        }
    }

    /*
     * A municipality search shows the one chosen; clicking into it to look for another selects that text, so what is
     * typed replaces it instead of being added to it (the mouse's release would otherwise put the caret back).
     */
    document.addEventListener("focusin", function (event) {
        var input = event.target;
        if (input.matches && input.matches("input.ui-autocomplete-input")) {
            input.select();
            input.setAttribute("data-selected-on-focus", "");
        }
    });
    document.addEventListener("mouseup", function (event) {
        var input = event.target;
        if (input.hasAttribute && input.hasAttribute("data-selected-on-focus")) {
            input.removeAttribute("data-selected-on-focus");
            event.preventDefault();
        }
    });
    document.addEventListener("keydown", function (event) {
        if (event.target.removeAttribute) {
            event.target.removeAttribute("data-selected-on-focus");
        }
    });

    /*
     * Enter in a field marked data-enter-presses presses the button of that id nearest to it (a reply's own send
     * button in its thread), not the first button of a form of many parts, which the browser would press.
     */
    document.addEventListener("keydown", function (event) {
        var field = event.target;
        var name = event.key === "Enter" && field.getAttribute ? field.getAttribute("data-enter-presses") : null;
        for (var part = field.parentElement; name && part; part = part.parentElement) {
            var button = part.querySelector("[id$=':" + name + "']");
            if (button) {
                event.preventDefault();
                event.stopImmediatePropagation();
                button.click();
                return;
            }
        }
    }, true);

    /*
     * A dialog in which something was typed since it opened asks before its close button or Escape throws that away
     * (a half-written comment or newsletter); closing after a save, which the page does itself, asks nothing.
     */
    document.addEventListener("input", function (event) {
        var dialog = event.target.closest && event.target.closest(".ui-dialog");
        if (dialog) {
            dialog.setAttribute("data-typed", "");
            keepInView(dialog);
        }
    }, true);

    /*
     * A dialog placed in the middle of the window when it opened, at the size it had then, is placed again once what
     * is typed in it (a long newsletter) takes it past the window's bottom edge: its buttons stay within reach.
     */
    function keepInView(dialog) {
        if (dialog.getBoundingClientRect().bottom <= window.innerHeight || !window.PrimeFaces) {
            return;
        }
        Object.keys(PrimeFaces.widgets).forEach(function (key) {
            var widget = PrimeFaces.widgets[key];
            if (widget && widget.jq && widget.jq[0] === dialog && widget.initPosition) {
                widget.initPosition();
            }
        });
    }

    function keepTyped(event) {
        var dialog = event.target.closest && event.target.closest(".ui-dialog[data-typed]");
        var closing = event.type === "click" ? event.target.closest(".ui-dialog-titlebar-close")
            : event.key === "Escape";
        // Escape with a calendar (dates.js) or a list of choices open closes that only, not the dialog
        var overlayOpen = Array.prototype.some.call(document.querySelectorAll(".ui-datepicker, .ui-input-overlay"),
            function (panel) {
                return panel.getClientRects().length > 0 && !panel.classList.contains("ui-datepicker-inline");
            });
        if (!dialog || !closing || event.type === "keydown" && overlayOpen) {
            return;
        }
        var question = document.documentElement.getAttribute("data-discard-typed");
        if (question && !window.confirm(question)) {
            event.preventDefault();
            event.stopImmediatePropagation();
        } else {
            dialog.removeAttribute("data-typed");
        }
    }
    document.addEventListener("click", keepTyped, true);
    document.addEventListener("keydown", keepTyped, true);
    /*
     * A save that leads to another page (a new document, opened at once) kept what was typed: going there asks
     * nothing. A session that ended leads to the sign-in page instead, where the question still keeps the text.
     */
    if (window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.ResponseProcessor
            && PrimeFaces.ajax.ResponseProcessor.doRedirect) {
        var redirect = PrimeFaces.ajax.ResponseProcessor.doRedirect;
        PrimeFaces.ajax.ResponseProcessor.doRedirect = function (node) {
            var to = node && node.getAttribute ? node.getAttribute("url") || "" : "";
            if (to.indexOf("login.xhtml") < 0) {
                Array.prototype.forEach.call(document.querySelectorAll(".ui-dialog[data-typed]"), function (dialog) {
                    dialog.removeAttribute("data-typed");
                });
            }
            return redirect.apply(this, arguments);
        };
    }

    // leaving the page (a link, reload, back) would throw it away as well: the browser asks first
    window.addEventListener("beforeunload", function (event) {
        var typed = Array.prototype.some.call(document.querySelectorAll(".ui-dialog[data-typed]"), function (dialog) {
            return dialog.getClientRects().length > 0;
        });
        if (typed) {
            event.preventDefault();
            event.returnValue = "";
        }
    });

    /*
     * A dialog that stays open after what was typed in it was saved (a comment placed, its field emptied) has nothing
     * left to lose: only when every field one types in is empty again, which a request that saved nothing (a row
     * added to a form) does not do.
     */
    function savedTyped(event, xhr, settings, args) {
        if (args && args.validationFailed || !settings || !settings.source) {
            return;
        }
        var source = typeof settings.source === "string" ? document.getElementById(settings.source) : settings.source;
        var dialog = source && source.closest ? source.closest(".ui-dialog[data-typed]") : null;
        if (!dialog && typeof settings.source === "string") {
            // the button may be gone with the update (Resolve turns into Reopen): the id of its form still places it
            dialog = Array.prototype.filter.call(document.querySelectorAll(".ui-dialog[data-typed]"), function (shown) {
                return Array.prototype.some.call(shown.querySelectorAll("form[id]"), function (form) {
                    return settings.source.indexOf(form.id + ":") === 0;
                });
            })[0];
        }
        if (!dialog) {
            return;
        }
        var typedIn = "textarea, .ql-editor, input:not([type]), input[type=text], input[type=email], "
            + "input[type=search], input[type=number], input[type=tel], input[type=url]";
        var pending = Array.prototype.some.call(dialog.querySelectorAll(typedIn), function (field) {
            return field.getClientRects().length > 0 && (field.value !== undefined ? field.value : field.textContent)
                .trim() !== "";
        });
        if (!pending) {
            dialog.removeAttribute("data-typed");
        }
    }

    /*
     * A page whose filters change by ajax names what it shows in [data-address] (a query); the address bar follows,
     * so the address bookmarked, shared or reloaded shows the same. Replaced, not pushed: Back leaves the page.
     */
    function addressShown() {
        var named = document.querySelector("[data-address]");
        var query = named && named.getAttribute("data-address");
        if (query && query !== window.location.search && window.history.replaceState) {
            window.history.replaceState(window.history.state, "", window.location.pathname + query);
        }
    }

    if (window.jQuery) {
        // the widgets build their buttons in jQuery's ready handlers, which run after this script's: name them after
        window.jQuery(function () {
            // an address that named something else than the page shows (a part it could not read) is corrected
            if (window.location.search) {
                addressShown();
            }
            window.setTimeout(nameDateButtons, 0);
            window.setTimeout(nameRowTogglers, 0);
        });
        window.jQuery(document).on("pfAjaxComplete", run);
        window.jQuery(document).on("pfAjaxSend", rememberFocus);
        window.jQuery(document).on("pfAjaxComplete", showRefusal);
        window.jQuery(document).on("pfAjaxComplete", savedTyped);
        window.jQuery(document).on("pfAjaxComplete", addressShown);
    }
    var SelectOneMenu = window.PrimeFaces && PrimeFaces.widget.SelectOneMenu;
    if (SelectOneMenu) {
        // with the list filtered, an arrow key past the last option shown went on to one the filter hid, and Enter
        // chose that one unseen (West Maas en Waal for Westland): it stays on the last shown
        ["highlightNext", "highlightPrev"].forEach(function (name) {
            var move = SelectOneMenu.prototype[name];
            SelectOneMenu.prototype[name] = function () {
                var before = this.getActiveItem();
                var open = this.panel && this.panel.is(":visible");
                var result = move.apply(this, arguments);
                var now = this.getActiveItem();
                if (open && before.length && now.length && !now.is(":visible")) {
                    this.highlightItem(before);
                }
                return result;
            };
        });
    }
    var DataTable = window.PrimeFaces && PrimeFaces.widget.DataTable;
    if (DataTable && DataTable.prototype.updateExpansionAria) {
        var updateExpansionAria = DataTable.prototype.updateExpansionAria;
        DataTable.prototype.updateExpansionAria = function () {
            var result = updateExpansionAria.apply(this, arguments);
            nameRowTogglers();
            return result;
        };
    }
    var Dialog = window.PrimeFaces && PrimeFaces.widget.Dialog;
    if (Dialog) {
        // Escape closes every dialog, as the one a keyboard user met first did (asking first if something was typed)
        var init = Dialog.prototype.init;
        Dialog.prototype.init = function (cfg) {
            if (cfg && cfg.closeOnEscape === undefined) {
                cfg.closeOnEscape = true;
            }
            return init.apply(this, arguments);
        };
        // a number field takes Escape for itself (to undo what was typed there), which the dialog then ignores: told
        // again, without the field, it closes from a number field too
        document.addEventListener("keydown", function (e) {
            var target = e.target;
            if (e.key === "Escape" && e.defaultPrevented && target.closest && target.closest(".ui-inputnumber")
                    && target.closest(".ui-dialog") && window.jQuery) {
                window.setTimeout(function () {
                    window.jQuery(document).trigger(window.jQuery.Event("keydown", {which: 27, keyCode: 27, key: "Escape"}));
                }, 0);
            }
        });
        // a dialog opened afresh has nothing typed in it yet
        var show = Dialog.prototype.show;
        Dialog.prototype.show = function () {
            this.jq.removeAttr("data-typed");
            return show.apply(this, arguments);
        };
        // a dialog an answer made taller (a field shown, messages added) is placed and fitted anew, so its buttons
        // stay within the window rather than below it
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxComplete", function () {
                Object.keys(PrimeFaces.widgets).map(function (name) {
                    return PrimeFaces.widgets[name];
                }).forEach(function (widget) {
                    if (widget instanceof Dialog && widget.isVisible()
                            && widget.jq[0].getBoundingClientRect().bottom > window.innerHeight) {
                        if (widget.cfg.fitViewport) {
                            widget.fitViewport();
                        }
                        widget.initPosition();
                    }
                });
            });
        }
    }
})();
