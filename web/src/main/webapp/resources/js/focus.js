/*
 * Keyboard focus stays where the person works. PrimeFaces disables a button while its request runs, which drops the
 * focus on the page's body, and an update may replace the element that held it: a dialog such a button opens would
 * then give the focus back to nothing when it closes, and a moved chapter's buttons would leave the person at the top
 * of the page. The element last focused is remembered by its id and found again in the new markup.
 */
(function () {
    "use strict";

    var lastId = null;

    function shown(element) {
        return element && element.isConnected && element.getClientRects().length > 0 ? element : null;
    }

    function again() {
        return shown(lastId && document.getElementById(lastId));
    }

    function lost() {
        return !document.activeElement || document.activeElement === document.body;
    }

    /*
     * Where the focus goes when the element that had it is gone with what it did (a document submitted has no submit
     * button any more): to what the page says of it, else to its heading.
     */
    function successor() {
        var said = Array.prototype.find.call(document.querySelectorAll(".ui-messages"), function (messages) {
            return !messages.closest(".ui-dialog") && messages.getClientRects().length > 0
                && messages.textContent.trim() !== "";
        });
        var target = said || document.querySelector("h1");
        if (target && !target.hasAttribute("tabindex")) {
            target.setAttribute("tabindex", "-1");
        }
        return target;
    }

    document.addEventListener("focusin", function (e) {
        if (e.target.id && !e.target.closest(".ui-dialog")) {
            lastId = e.target.id;
        }
    }, true);

    document.addEventListener("DOMContentLoaded", function () {
        $(document).on("pfAjaxComplete", function () {
            // a dialog opened by the request takes the focus itself
            if (lost() && $(".ui-dialog:visible").length === 0 && again()) {
                again().focus({preventScroll: true});
            }
        });
        var Dialog = window.PrimeFaces && PrimeFaces.widget.Dialog;
        if (!Dialog) {
            return;
        }
        var show = Dialog.prototype.show;
        Dialog.prototype.show = function () {
            var opener = lost() ? again() : null;
            var shown = show.apply(this, arguments);
            if (opener && (!this.focusedElementBeforeDialogOpened
                    || this.focusedElementBeforeDialogOpened === document.body)) {
                this.focusedElementBeforeDialogOpened = opener;
            }
            return shown;
        };
        var returnFocus = Dialog.prototype.returnFocus;
        Dialog.prototype.returnFocus = function () {
            var before = this.focusedElementBeforeDialogOpened;
            // an update may have replaced the opener, or left it hidden (a chapter's button in a submitted document)
            if (before && before !== document.body && !shown(before)) {
                this.focusedElementBeforeDialogOpened = shown(before.id && document.getElementById(before.id))
                    || successor();
            }
            return returnFocus.apply(this, arguments);
        };
    });
}());
