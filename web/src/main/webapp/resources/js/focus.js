/*
 * Keyboard focus stays where the person works. PrimeFaces disables a button while its request runs, which drops the
 * focus on the page's body, and an update may replace the element that held it: a dialog such a button opens would
 * then give the focus back to nothing when it closes, and a moved chapter's buttons would leave the person at the top
 * of the page. The element last focused is remembered by its id and found again in the new markup.
 */
(function () {
    "use strict";

    var lastId = null;

    var FOCUSABLE = "a[href], button, input:not([type=hidden]), select, textarea, [tabindex='0'], [contenteditable=true]";

    /*
     * Where an element stood, to find its place again when an update removed it: its id, the row of a repeated part
     * it is in (rows:2: of rows:2:remove) and the focusable elements after and before it outside that row, by id.
     */
    function placeOf(element) {
        var id = element.id;
        var row = /^(.*:\d+:)[^:]+$/.exec(id);
        var prefix = row ? row[1] : null;
        var scope = element.closest(".ui-dialog") || document;
        var all = Array.prototype.filter.call(scope.querySelectorAll(FOCUSABLE), function (other) {
            return other.id && (!prefix || other.id.indexOf(prefix) !== 0 || other === element) && shown(other);
        });
        var at = all.indexOf(element);
        return {
            id: id,
            row: prefix,
            button: element.tagName === "BUTTON",
            moves: Number(element.getAttribute("data-focus-moves")) || 0,
            next: at >= 0 && at + 1 < all.length ? all[at + 1].id : null,
            previous: at > 0 ? all[at - 1].id : null
        };
    }

    /*
     * The element to focus for a place whose element is gone: the same in the row that took its place, or in the row
     * before when the last went; else what replaced it in its row (Reopen for Resolve); else the element after it, or
     * before it, outside its row.
     */
    function found(place) {
        if (!place) {
            return null;
        }
        var same = sameOrNeighbour(place.id);
        if (same) {
            return same;
        }
        var inRow = place.row ? Array.prototype.find.call(document.querySelectorAll(FOCUSABLE), function (other) {
            return other.id && other.id.indexOf(place.row) === 0 && shown(other)
                && (other.tagName === "BUTTON") === place.button;
        }) : null;
        return inRow || shown(place.next && document.getElementById(place.next))
            || shown(place.previous && document.getElementById(place.previous));
    }

    /*
     * A button that moves its row (a chapter one place down) leaves the focus with the row in its new place, so that
     * pressing it again moves the same row on: its same button there, or the other that moves it when the row reached
     * the end.
     */
    function moved(place) {
        var row = place && place.moves ? /^(.*:)(\d+):([^:]+)$/.exec(place.id) : null;
        if (!row) {
            return null;
        }
        var prefix = row[1] + (Number(row[2]) + place.moves) + ":";
        return shown(document.getElementById(prefix + row[3]))
            || Array.prototype.find.call(document.querySelectorAll("[data-focus-moves]"), function (other) {
                return other.id.indexOf(prefix) === 0 && shown(other);
            }) || null;
    }

    /*
     * Focuses {@code element} once it is enabled again: PrimeFaces enables a request's button only after the update.
     * Gives up once {@code wanted}, if given, says the focus is no longer to go there.
     */
    function focusWhenReady(element, place, tries, wanted) {
        if (!lost() || (wanted && !wanted())) {
            return;
        }
        var target = shown(element && element.isConnected ? element : found(place));
        if (target && target.disabled && tries > 0) {
            window.setTimeout(function () {
                focusWhenReady(target, place, tries - 1, wanted);
            }, 50);
        } else if (target) {
            target.focus({preventScroll: true});
        }
    }

    function shown(element) {
        return element && element.isConnected && element.getClientRects().length > 0 ? element : null;
    }

    function again() {
        return shown(lastId && document.getElementById(lastId));
    }

    /* No element has the focus, or one no longer shown does (a button of a dialog just hidden, before the browser
       moves the focus off it). */
    function lost() {
        return !document.activeElement || document.activeElement === document.body || !shown(document.activeElement);
    }

    /*
     * Where the focus goes when the element that had it is gone with what it did (a document submitted has no submit
     * button any more, a file's column form is gone once it is read): to what the page says of it, or the outcome it
     * shows, else to its heading.
     */
    function successor() {
        var said = Array.prototype.find.call(document.querySelectorAll(".ui-messages"), function (messages) {
            return !messages.closest(".ui-dialog") && messages.getClientRects().length > 0
                && messages.textContent.trim() !== "";
        });
        var outcome = Array.prototype.find.call(document.querySelectorAll("[data-announce='outcome']"), function (o) {
            return !o.closest(".ui-dialog") && shown(o) && o.textContent.trim() !== "";
        });
        var target = said || outcome || document.querySelector("h1");
        if (target && !target.hasAttribute("tabindex")) {
            target.setAttribute("tabindex", "-1");
        }
        return target;
    }

    /* The element last focused inside a dialog, apart: the page's own is where the focus returns when it closes. */
    var lastInDialog = null;
    var lastOnPage = null;
    var lastInDialogElement = null;
    var pagePlace = null;
    /* whether the page's element last focused was there as the request left */
    var leftFrom = false;
    var dialogPlace = null;

    /* The button or link last pressed on the page, by pointer or key, whether or not it kept the focus. */
    var lastPressed = null;
    function notePressed(e) {
        var control = e.target.closest && e.target.closest("button[id], a[href][id]");
        if (control && !control.closest(".ui-dialog") && (e.type === "pointerdown" || e.key === "Enter"
                || e.key === " ")) {
            lastPressed = control;
        }
    }
    document.addEventListener("pointerdown", notePressed, true);
    document.addEventListener("keydown", notePressed, true);

    document.addEventListener("focusin", function (e) {
        if (e.target.id && !e.target.closest(".ui-dialog")) {
            lastId = e.target.id;
            lastOnPage = e.target;
        } else if (e.target.id) {
            lastInDialog = e.target.id;
            lastInDialogElement = e.target;
        }
    }, true);

    /*
     * A dialog that opens in a filled field (a date that starts as today) has its value selected, so what is typed
     * replaces it rather than running into it. Only as it opens: a field the focus comes back to after a request keeps
     * the caret where it was, or one key would replace what the person typed.
     */
    document.addEventListener("focusin", function (e) {
        var field = e.target;
        var dialog = field.closest && field.closest(".ui-dialog");
        if (!dialog || !dialog.regieOpened) {
            return;
        }
        var opening = Date.now() - dialog.regieOpened < 1000;
        dialog.regieOpened = 0;
        if (opening && field.tagName === "INPUT" && /^(text|search|tel|url|email)?$/.test(field.type || "")
                && field.value) {
            field.select();
        }
    });

    /* Where the elements last focused stand, taken as a request leaves, before its answer may remove them. */
    function notePlaces() {
        leftFrom = !!(lastOnPage && lastOnPage.isConnected);
        pagePlace = lastOnPage && lastOnPage.isConnected ? placeOf(lastOnPage) : pagePlace;
        dialogPlace = lastInDialogElement && lastInDialogElement.isConnected ? placeOf(lastInDialogElement)
            : dialogPlace;
    }

    /*
     * After a request: the element that had the focus, or its new markup, takes it back; inside an open dialog the one
     * last focused there (a row added or removed in its form), else its first field. A dialog the request
     * opened takes the focus itself. Run after the request's own completion, which enables its button again.
     */
    function restore() {
        if (!lost()) {
            return;
        }
        var dialogs = $(".ui-dialog:visible");
        if (dialogs.length === 0) {
            var back = moved(pagePlace) || found(pagePlace);
            focusWhenReady(back || (leftFrom ? successor() : null), pagePlace, 20);
            leftFrom = false;
            return;
        }
        var top = dialogs.last()[0];
        var inDialog = found(dialogPlace);
        if (inDialog && top.contains(inDialog)) {
            focusWhenReady(inDialog, dialogPlace, 20);
        } else if (lastInDialog) {
            // what had the focus is gone with the request: the dialog's form keeps the person in it
            var first = top.querySelector(".ui-dialog-content :is(input, select, textarea, button, [tabindex='0'])"
                + ":not([type=hidden]):not([disabled])");
            if (first) {
                first.focus({preventScroll: true});
            }
        }
    }

    /*
     * The element of this id, shown: after a row was removed, the row that took its place has it; when the last row
     * went (rows:2:remove), the same element of the row before.
     */
    function sameOrNeighbour(id) {
        var element = shown(id && document.getElementById(id));
        var row = id && !element ? /^(.*:)(\d+)(:[^:]+)$/.exec(id) : null;
        return row ? shown(document.getElementById(row[1] + (Number(row[2]) - 1) + row[3])) : element;
    }

    document.addEventListener("DOMContentLoaded", function () {
        $(document).on("pfAjaxSend", notePlaces);
        $(document).on("pfAjaxComplete", function () {
            window.setTimeout(restore, 0);
        });
        var Dialog = window.PrimeFaces && PrimeFaces.widget.Dialog;
        if (!Dialog) {
            return;
        }
        var show = Dialog.prototype.show;
        Dialog.prototype.show = function () {
            var opener = lost() ? again() : null;
            if (this.jq && this.jq[0] && !this.isVisible()) {
                this.jq[0].regieOpened = Date.now();
            }
            var result = show.apply(this, arguments);
            var before = this.focusedElementBeforeDialogOpened;
            if (opener && (!before || before === document.body)) {
                this.focusedElementBeforeDialogOpened = opener;
            } else if (before && !before.id) {
                // a table's cell takes the focus from the button pressed in it, which is what opened the dialog
                var pressed = [lastPressed, lastOnPage].find(function (control) {
                    return control && control !== before && before.contains(control) && shown(control);
                });
                if (pressed) {
                    this.focusedElementBeforeDialogOpened = pressed;
                }
            }
            return result;
        };
        /*
         * As PrimeFaces does, a moment after the dialog is gone, but only to a person who
         * has not gone on meanwhile: one who clicked into a chapter right after saving keeps typing there, where
         * PrimeFaces would take the focus back to the button that opened the dialog and their next key would press
         * it. An update may have replaced the opener, or left it hidden (a chapter's button in a submitted document).
         */
        var hide = Dialog.prototype.hide;
        Dialog.prototype.hide = function () {
            // one who goes on elsewhere while the dialog fades out (into the chapter just added, a button pressed
            // right away, whose request then disables it) is not taken back to the button that opened it
            var dialog = this;
            var closing = this.jq && this.jq[0];
            dialog.regieMovedOn = false;
            var noteMove = function (e) {
                if (closing && !closing.contains(e.target)) {
                    dialog.regieMovedOn = true;
                }
            };
            document.addEventListener("focusin", noteMove, true);
            window.setTimeout(function () {
                document.removeEventListener("focusin", noteMove, true);
            }, 2000);
            return hide.apply(this, arguments);
        };
        Dialog.prototype.returnFocus = function () {
            if (this.regieMovedOn) {
                return;
            }
            var before = this.focusedElementBeforeDialogOpened;
            if (before && before !== document.body && !shown(before)) {
                before = shown(before.id && document.getElementById(before.id)) || successor();
            }
            // another dialog still open keeps the focus, unless this one was opened from it (a confirmation); this
            // one may still show as it fades out
            var closing = this.jq && this.jq[0];
            var open = $(".ui-dialog:visible").toArray().filter(function (dialog) {
                return dialog !== closing;
            });
            if (!before || (open.length > 0 && !open.some(function (dialog) {
                return dialog.contains(before);
            }))) {
                return;
            }
            var dialog = this;
            window.setTimeout(function () {
                // the button may still be disabled by the request that opened the dialog; one who went on meanwhile
                // (into the chapter just added, then a button whose request leaves the focus nowhere a moment) stays
                focusWhenReady(before, null, 20, function () {
                    return !dialog.regieMovedOn;
                });
            }, 100);
        };
    });
}());
