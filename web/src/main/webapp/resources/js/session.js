/*
 * A session ends after the server's idle time (web.xml) without a request from its pages. Two minutes before, the
 * page says so and offers to stay signed in; once it has ended, the page says that too, with a way back to this page
 * after signing in again, and its editors stop taking text that could no longer be saved. Every answer from the
 * server starts the count again.
 */
var RegieSession = (function () {
    "use strict";

    var WARNING = 120;
    var warnTimer;
    var endTimer;

    function notice() {
        return document.getElementById("session-notice");
    }

    /* the application's context path; at the root none, which the page then leaves out */
    function contextOf(box) {
        return box.getAttribute("data-context") || "";
    }

    /* the language of this page, which the sign-in page after a session's end keeps (the session held it) */
    function language() {
        return encodeURIComponent(document.documentElement.lang || "nl");
    }

    function show(expired) {
        var box = notice();
        if (!box) {
            return;
        }
        document.getElementById("session-expiring").hidden = expired;
        document.getElementById("session-stay").hidden = expired;
        document.getElementById("session-expired").hidden = !expired;
        var signIn = document.getElementById("session-sign-in");
        signIn.hidden = !expired;
        var context = contextOf(box);
        signIn.href = context + "/login.xhtml?ended=1&lang=" + language() + "&next=" + encodeURIComponent(
            location.pathname.substring(context.length) + location.search);
        box.hidden = false;
    }

    function ended() {
        show(true);
        if (window.RegieEditor) {
            RegieEditor.keep();
        }
        document.querySelectorAll(".ui-texteditor[id]").forEach(function (element) {
            var widget = PrimeFaces.getWidgetById(element.id);
            if (widget && widget.editor) {
                widget.editor.disable();
            }
        });
    }

    /* the session, idle from now, ends in {@code seconds} */
    function schedule(seconds) {
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        var box = notice();
        if (box) {
            box.hidden = true;
        }
        warnTimer = setTimeout(function () { show(false); }, Math.max(0, seconds - WARNING) * 1000);
        endTimer = setTimeout(ended, seconds * 1000);
    }

    function idleTime() {
        var box = notice();
        return box ? Number(box.getAttribute("data-seconds")) : 0;
    }

    function touched() {
        if (idleTime() > 0) {
            schedule(idleTime());
        }
    }

    function stay() {
        var box = notice();
        fetch(contextOf(box) + "/app/keep-alive", {method: "POST", redirect: "manual",
            credentials: "same-origin"}).then(function (answer) {
            if (answer.status === 204) {
                touched();
            } else {
                ended();
            }
        }, ended);
    }

    document.addEventListener("DOMContentLoaded", function () {
        // a request the server answers with the sign-in page, as it does once the session ended, keeps the language
        var processor = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.ResponseProcessor;
        if (processor && processor.doRedirect) {
            var redirect = processor.doRedirect;
            processor.doRedirect = function (node) {
                var url = node.getAttribute("url") || "";
                if (/\/login\.xhtml/.test(url) && !/[?&]lang=/.test(url)) {
                    node.setAttribute("url", url + (url.indexOf("?") < 0 ? "?" : "&") + "lang=" + language());
                }
                return redirect.apply(this, arguments);
            };
        }
        var button = document.getElementById("session-stay");
        if (button) {
            button.addEventListener("click", stay);
            $(document).on("pfAjaxComplete", touched);
            touched();
        }
    });

    return {touched: touched, schedule: schedule};
}());
