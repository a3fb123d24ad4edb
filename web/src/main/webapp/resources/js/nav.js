/*
 * The main menu as a disclosure navigation (WAI-ARIA Authoring Practices): every group is a button that opens
 * its list of links. Enter and Space open a group (native buttons); Escape closes it and returns focus to its
 * button; arrow keys move between groups and through a group's links; Home and End jump; a click elsewhere
 * closes. On a narrow screen the menu button opens the groups as one column. Loaded from the application's own
 * origin, so the nonce-based script policy allows it without inline code.
 */
(function () {
    "use strict";

    function init() {
        var nav = document.getElementById("mainnav");
        if (!nav || nav.dataset.ready) {
            return;
        }
        nav.dataset.ready = "true";
        var toggle = document.getElementById("nav-toggle");
        var groups = document.getElementById("nav-groups");
        var buttons = Array.prototype.slice.call(nav.querySelectorAll(".nav-group-button"));
        var tops = Array.prototype.slice.call(groups.children).map(function (li) {
            return li.querySelector("a, button");
        });

        function listOf(button) {
            return document.getElementById(button.getAttribute("aria-controls"));
        }

        function linksOf(button) {
            return Array.prototype.slice.call(listOf(button).querySelectorAll("a"));
        }

        function setOpen(button, open) {
            button.setAttribute("aria-expanded", open ? "true" : "false");
            listOf(button).hidden = !open;
        }

        function closeAll(except) {
            buttons.forEach(function (b) {
                if (b !== except) {
                    setOpen(b, false);
                }
            });
        }

        function openGroup(button, focusIndex) {
            closeAll(button);
            setOpen(button, true);
            if (focusIndex !== undefined) {
                var links = linksOf(button);
                links[(focusIndex + links.length) % links.length].focus();
            }
        }

        function moveTop(from, step) {
            var i = tops.indexOf(from);
            var next = tops[(i + step + tops.length) % tops.length];
            next.focus();
        }

        toggle.addEventListener("click", function () {
            var open = toggle.getAttribute("aria-expanded") !== "true";
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
            nav.classList.toggle("open", open);
            if (!open) {
                closeAll();
            }
        });

        buttons.forEach(function (button) {
            button.addEventListener("click", function () {
                var open = button.getAttribute("aria-expanded") !== "true";
                if (open) {
                    openGroup(button);
                } else {
                    setOpen(button, false);
                }
            });
            button.addEventListener("keydown", function (e) {
                if (e.key === "ArrowDown") {
                    e.preventDefault();
                    openGroup(button, 0);
                } else if (e.key === "ArrowUp") {
                    e.preventDefault();
                    openGroup(button, -1);
                } else if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
                    e.preventDefault();
                    closeAll();
                    moveTop(button, e.key === "ArrowRight" ? 1 : -1);
                } else if (e.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
                    e.stopPropagation();
                    closeAll();
                }
            });
            listOf(button).addEventListener("keydown", function (e) {
                var links = linksOf(button);
                var i = links.indexOf(document.activeElement);
                var target = null;
                if (e.key === "ArrowDown") {
                    target = links[(i + 1) % links.length];
                } else if (e.key === "ArrowUp") {
                    target = links[(i - 1 + links.length) % links.length];
                } else if (e.key === "Home") {
                    target = links[0];
                } else if (e.key === "End") {
                    target = links[links.length - 1];
                } else if (e.key === "Escape") {
                    e.stopPropagation();
                    setOpen(button, false);
                    target = button;
                } else if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
                    setOpen(button, false);
                    moveTop(button, e.key === "ArrowRight" ? 1 : -1);
                    e.preventDefault();
                    return;
                }
                if (target) {
                    e.preventDefault();
                    target.focus();
                }
            });
        });

        tops.forEach(function (top) {
            if (top.tagName === "A") {
                top.addEventListener("keydown", function (e) {
                    if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
                        e.preventDefault();
                        moveTop(top, e.key === "ArrowRight" ? 1 : -1);
                    }
                });
            }
        });

        // Focus or a click leaving the menu closes an open group.
        document.addEventListener("click", function (e) {
            if (!nav.contains(e.target)) {
                closeAll();
            }
        });
        nav.addEventListener("focusout", function (e) {
            if (e.relatedTarget && !nav.contains(e.relatedTarget)) {
                closeAll();
            }
        });
        nav.addEventListener("keydown", function (e) {
            if (e.key === "Escape" && nav.classList.contains("open") && !buttons.some(function (b) {
                return b.getAttribute("aria-expanded") === "true";
            })) {
                toggle.setAttribute("aria-expanded", "false");
                nav.classList.remove("open");
                toggle.focus();
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
