/* The strategy editor saves as the author types: before an autosave request leaves, the text editor's hidden
   input takes what is in the editor now (PrimeFaces copies it only when the editor loses the focus). */
var RegieEditor = {
    /* what was typed, what the last request that left carried, and what the last answer without a failed save
       confirmed: leaving the page before they agree would lose text, so the browser asks first */
    typed: 0,
    sent: 0,
    saved: 0,
    /* before a chapter's save: false (no save) for a key that changed nothing, such as Tab into or out of it */
    sync: function (source, cfg) {
        var widget = PrimeFaces.getWidgetById(typeof source === 'string' ? source : source.id);
        if (widget && widget.editor) {
            var value = widget.getEditorValue();
            if (value === widget.input.val() && !widget.regieKeptOn) {
                return false;
            }
            widget.input.val(value);
        }
        RegieEditor.keptOn(cfg);
        RegieEditor.sending();
        return true;
    },
    sending: function () {
        RegieEditor.sent = RegieEditor.typed;
    },
    answered: function () {
        if (window.RegieSession) {
            RegieSession.touched();
        }
        if (document.querySelector('.save-status.error-mark') === null) {
            RegieEditor.saved = RegieEditor.sent;
        }
        RegieEditor.intoMerge(0);
    },
    /* A save the server did not answer (a text too large to send, a connection gone) says so where the chapter
       says how its saving went, and counts as unsaved, so leaving the page asks first. */
    failed: function (xhr, source) {
        var widget = source && PrimeFaces.getWidgetById(typeof source === 'string' ? source : source.id);
        var status = widget ? widget.jq.closest('.doc-section').find('.save-status').first() : $();
        status.addClass('error-mark').text(document.documentElement.getAttribute(
            xhr && xhr.status === 413 ? 'data-save-too-large' : 'data-save-failed'));
    },
    /* text typed and not yet stored, a save refused, or a conflict not yet settled */
    unsaved: function () {
        return RegieEditor.typed !== RegieEditor.saved
            || document.querySelector('.save-status.error-mark, .section-conflict') !== null;
    },
    /* When the session ends (its time ran out, or an answer sends the page to sign in), the chapters the author
       changed are kept in this tab with the version each was typed on, for the account that typed them; again
       as the page is left, for what was typed after. Back on the page after that account signed in again, those
       that differ from the stored text are put back and saved on that version: a save by someone else in between
       is a conflict to settle, not overwritten. A document that can no longer be changed, or a chapter removed
       meanwhile, shows the kept text to copy instead, until its author hides it. */
    kept: false,
    keptKey: function () {
        var id = new URLSearchParams(location.search).get('id');
        var notice = document.getElementById('kept-text-back');
        return id && notice ? 'regie-kept:' + notice.getAttribute('data-account') + ':' + location.pathname + ':' + id
            : null;
    },
    keep: function () {
        var key = RegieEditor.keptKey();
        var sections = [];
        document.querySelectorAll('.doc-section[data-section]').forEach(function (section) {
            var element = section.querySelector('.ui-texteditor[id]');
            var widget = element && PrimeFaces.getWidgetById(element.id);
            var status = section.querySelector('.save-status[data-based-on]');
            if (widget && widget.editor && widget.editor.regieChanged && status) {
                sections.push({id: section.getAttribute('data-section'), html: widget.getEditorValue(),
                    on: status.getAttribute('data-based-on'), title: section.querySelector('h2').textContent.trim()});
            }
        });
        if (!key || !sections.length || !(RegieEditor.unsaved() || RegieEditor.kept)) {
            return;
        }
        try {
            // text shown to copy, for a chapter without an editor here, stays until its author hides it
            sessionStorage.setItem(key, JSON.stringify(sections.concat(RegieEditor.withoutEditor(
                JSON.parse(sessionStorage.getItem(key) || '[]')))));
            RegieEditor.kept = true;
        } catch (e) {
            // no storage (a private window that allows none): leaving the page asks first, as it always did
        }
    },
    /* the version a chapter's kept text was typed on goes with the first save that leaves after it was put back */
    keptOn: function (cfg) {
        var widget = cfg && cfg.source && PrimeFaces.getWidgetById(typeof cfg.source === 'string' ? cfg.source
            : cfg.source.id);
        if (widget && widget.regieKeptOn) {
            cfg.params = (cfg.params || []).concat([{name: 'regie-kept-on', value: widget.regieKeptOn}]);
            delete widget.regieKeptOn;
        }
    },
    /* the page builds its editors after it loaded: a chapter whose editor is not there yet is tried again */
    putBackIn: [],
    putBack: function (tries) {
        var key = RegieEditor.keptKey();
        var stored = key && sessionStorage.getItem(key);
        if (!stored) {
            return;
        }
        var editable = document.querySelector('.doc-section .ui-texteditor') !== null;
        var waiting = [];
        var gone = [];
        var back = [];
        JSON.parse(stored).forEach(function (kept) {
            var section = document.querySelector('.doc-section[data-section="' + CSS.escape(kept.id) + '"]');
            var element = section && section.querySelector('.ui-texteditor[id]');
            var widget = element && PrimeFaces.getWidgetById(element.id);
            if (!section) {
                // a chapter removed meanwhile gets no editor however long one waits
                gone.push(kept);
            } else if (!widget || !widget.editor) {
                waiting.push(kept);
            } else if (widget.getEditorValue() !== kept.html) {
                back.push({widget: widget, kept: kept});
            }
        });
        // all in place before any is saved: putting one back must not send another on the version just loaded
        back.forEach(function (item) {
            item.widget.regieKeptOn = item.kept.on;
            item.widget.editor.clipboard.dangerouslyPasteHTML(item.kept.html, 'silent');
            item.widget.editor.regieChanged = true;
            RegieEditor.typed++;
        });
        back.forEach(function (item) {
            item.widget.callBehavior('keyup');
        });
        RegieEditor.putBackIn = RegieEditor.putBackIn.concat(back.map(function (item) {
            return item.kept.title;
        }));
        var notice = document.getElementById('kept-text-back');
        if (notice && back.length) {
            notice.textContent = notice.getAttribute('data-text').replace('{0}', RegieEditor.putBackIn.join(', '));
            notice.hidden = false;
        }
        var attempt = typeof tries === 'number' ? tries : 0;
        if (waiting.length && editable && attempt < 40) {
            sessionStorage.setItem(key, JSON.stringify(waiting.concat(gone)));
            setTimeout(function () { RegieEditor.putBack(attempt + 1); }, 250);
            return;
        }
        var lost = gone.concat(waiting);
        if (lost.length) {
            sessionStorage.setItem(key, JSON.stringify(lost));
        } else {
            sessionStorage.removeItem(key);
        }
        RegieEditor.showLost(lost, key);
    },
    /* of kept chapters, those this page has no editor for */
    withoutEditor: function (kept) {
        return kept.filter(function (item) {
            var section = document.querySelector('.doc-section[data-section="' + CSS.escape(item.id) + '"]');
            return !section || !section.querySelector('.ui-texteditor[id]');
        });
    },
    /* kept text with no editor to go back into, as text to copy, until its author hides it */
    showLost: function (lost, key) {
        var box = document.getElementById('kept-text-lost');
        if (!box || !lost.length) {
            return;
        }
        var hide = document.getElementById('kept-text-hide');
        hide.addEventListener('click', function () {
            sessionStorage.removeItem(key);
            box.hidden = true;
        });
        lost.forEach(function (kept) {
            var title = document.createElement('h3');
            title.textContent = kept.title;
            var text = document.createElement('div');
            text.className = 'kept-text';
            text.textContent = RegieEditor.plainText(kept.html);
            box.append(title, text);
        });
        box.hidden = false;
    },
    plainText: function (html) {
        return RegieEditor.blocksApart(new DOMParser().parseFromString(html, 'text/html').body, '\n')
            .replace(/\n{3,}/g, '\n\n').trim();
    },
    /* the text of {@code node} with {@code between} after each of its blocks, which stay apart as the page shows */
    blocksApart: function (node, between) {
        node.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, br').forEach(function (block) {
            block.after(between);
        });
        // a sub-list starts inside its item, right after the item's own words
        node.querySelectorAll('ul, ol').forEach(function (list) {
            list.before(between);
        });
        return node.textContent;
    },
    /* Every change the author makes counts and is saved as typing is: also a paste from a menu or a long press, a
       drop or a format from the toolbar, which no key announces. The editor's own change event tells them all. */
    watch: function (widget) {
        if (!widget || !widget.editor || widget.editor.regieWatched) {
            return;
        }
        widget.editor.regieWatched = true;
        RegieEditor.linkNeedsSelection(widget);
        RegieEditor.linkTooltipInPageLanguage(widget);
        RegieEditor.linkThenWriteOn(widget);
        RegieEditor.toolbarOneStop(widget);
        RegieEditor.caretKept(widget);
        RegieEditor.countWords(widget);
        widget.editor.on('text-change', function (delta, before, source) {
            RegieEditor.countWords(widget);
            // an editor that an update took off the page still reports as it goes; only one on the page has a text
            var container = widget.editorContainer.get(0);
            if (!container || !container.isConnected || !container.children[0]) {
                return;
            }
            // the editor reports its own first layout of a text shown anew as a user's change too: only a text that
            // differs from what the page last took from it is one
            if (source === 'user' && widget.getEditorValue() !== widget.input.val()) {
                widget.editor.regieChanged = true;
                RegieEditor.typed++;
                widget.callBehavior('keyup');
            }
        });
    },
    /* The chapter's length in words below it, as an author writing to a length keeps an eye on. */
    countWords: function (widget) {
        RegieEditor.showWords(widget.jq.closest('.doc-section').find('.word-count').get(0), widget.editor.getText());
    },
    /* Words are what stands between spaces with a letter or digit in it (a dash between clauses is none), in the
       page's way of writing numbers. */
    showWords: function (shown, text) {
        if (!shown) {
            return;
        }
        var words = text.split(/\s+/).filter(function (word) {
            return /[\p{L}\p{N}]/u.test(word);
        }).length;
        var pattern = shown.getAttribute(words === 1 ? 'data-one' : 'data-many') || '{0}';
        shown.textContent = pattern.replace('{0}', words.toLocaleString(document.documentElement.lang || 'nl'));
    },
    /* A reader who cannot edit sees each chapter's length under its text as an author does. */
    countShownWords: function () {
        document.querySelectorAll('.word-count.of-text').forEach(function (shown) {
            RegieEditor.showWords(shown, shown.previousElementSibling ? shown.previousElementSibling.innerText : '');
        });
    },
    /* Tabbing back into a chapter puts the caret where the author left it, not before its first word, so what is typed
       next goes where they were writing; a click or a tap places the caret itself. */
    caretKept: function (widget) {
        var quill = widget.editor;
        var left = null;
        var pointed = false;
        // where the caret was when the focus left: the editor keeps it, typing included, without telling
        quill.root.addEventListener('blur', function () {
            left = quill.selection && quill.selection.savedRange;
        });
        quill.root.addEventListener('pointerdown', function () {
            pointed = true;
        });
        quill.root.addEventListener('focus', function (e) {
            var back = left;
            var byPointer = pointed;
            pointed = false;
            // a toolbar button focuses the text to act on its selection (the link box then takes the focus)
            var fromToolbar = e.relatedTarget && e.relatedTarget.closest && e.relatedTarget.closest('.ql-toolbar');
            if (!back || byPointer || fromToolbar) {
                return;
            }
            window.setTimeout(function () {
                if (document.activeElement !== quill.root) {
                    return;
                }
                var now = quill.getSelection();
                if (!now || now.index === 0 && now.length === 0) {
                    var index = Math.min(back.index, quill.getLength() - 1);
                    quill.setSelection(index, Math.min(back.length, quill.getLength() - 1 - index), 'api');
                }
            }, 0);
        });
    },
    /* A chapter's toolbar is one stop of the Tab key, its buttons reached with the arrow keys, Home and End (the
       WAI-ARIA toolbar): ten stops a chapter made the chapters of a long document far apart for the keyboard. */
    toolbarOneStop: function (widget) {
        var named = widget.jq.find('[data-toolbar]').get(0);
        var toolbar = named && named.closest('.ql-toolbar');
        if (!toolbar) {
            return;
        }
        var buttons = Array.prototype.slice.call(toolbar.querySelectorAll('button'));
        toolbar.setAttribute('role', 'toolbar');
        toolbar.setAttribute('aria-label', named.getAttribute('data-toolbar'));
        buttons.forEach(function (button, i) {
            button.tabIndex = i === 0 ? 0 : -1;
        });
        toolbar.addEventListener('keydown', function (e) {
            var at = buttons.indexOf(document.activeElement);
            var to = {ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1}[e.key];
            if (at < 0 || to === undefined) {
                return;
            }
            e.preventDefault();
            to = (to + buttons.length) % buttons.length;
            buttons[at].tabIndex = -1;
            buttons[to].tabIndex = 0;
            buttons[to].focus();
        });
    },
    /* The link button makes a link of the words selected; with none it did nothing at all. It says so where the
       chapter says how its saving went. */
    linkNeedsSelection: function (widget) {
        var toolbar = widget.editor.getModule('toolbar');
        var link = toolbar && toolbar.handlers.link;
        if (!link) {
            return;
        }
        toolbar.addHandler('link', function (value) {
            var range = widget.editor.getSelection();
            if (value && (!range || range.length === 0)) {
                var status = widget.jq.closest('.doc-section').find('.save-status').first();
                status.text(document.documentElement.getAttribute('data-link-first'));
                return;
            }
            link.call(this, value);
        });
    },
    /* A link saved from its box leaves the caret after the linked words, as a word processor does: left selected,
       the next key typed would replace them. */
    linkThenWriteOn: function (widget) {
        var tooltip = widget.editor.theme && widget.editor.theme.tooltip;
        if (!tooltip || typeof tooltip.save !== 'function') {
            return;
        }
        var save = tooltip.save;
        tooltip.save = function () {
            var linking = this.root.getAttribute('data-mode') === 'link';
            save.apply(this, arguments);
            var range = linking && widget.editor.getSelection();
            if (range && range.length > 0) {
                widget.editor.setSelection(range.index + range.length, 0);
            }
        };
    },
    /* The editor's link box writes its words in its style sheet, in English: they come from the page's language
       instead (the style sheet shows these attributes), and its example address is no one's site. */
    linkTooltipInPageLanguage: function (widget) {
        var tooltip = widget.editor.theme && widget.editor.theme.tooltip;
        if (!tooltip || !tooltip.root) {
            return;
        }
        var page = document.documentElement;
        var root = tooltip.root;
        root.setAttribute('data-visit', page.getAttribute('data-link-visit') || '');
        root.setAttribute('data-enter', page.getAttribute('data-link-enter') || '');
        var action = root.querySelector('a.ql-action');
        var remove = root.querySelector('a.ql-remove');
        if (action) {
            action.setAttribute('data-edit', page.getAttribute('data-link-edit') || '');
            action.setAttribute('data-save', page.getAttribute('data-link-save') || '');
        }
        if (remove) {
            remove.setAttribute('data-remove', page.getAttribute('data-link-remove') || '');
        }
        if (tooltip.textbox) {
            tooltip.textbox.setAttribute('data-link', 'https://');
            // named for a screen reader by what it asks for, not by its example
            tooltip.textbox.setAttribute('aria-label', (page.getAttribute('data-link-enter') || '').replace(/:$/, ''));
        }
    },
    /* A passage selected in a chapter before its comments are opened is the new comment's quote, as typed again
       it would have to match the text to the letter. */
    passage: '',
    quote: function () {
        var field = document.getElementById('commentsForm:quote');
        if (field && RegieEditor.passage && !field.value) {
            field.value = RegieEditor.passage.slice(0, 1000);
        }
    },
    /* A chapter added goes at the end of the document, pages below the button that added it: the author goes on
       writing in its editor, brought into view, rather than from the top of the page. */
    intoNewest: function (attempt) {
        var editors = document.querySelectorAll('#doc .ui-texteditor[id]');
        var newest = editors.length ? editors[editors.length - 1] : null;
        var widget = newest && PrimeFaces.getWidgetById(newest.id);
        if (widget && widget.editor) {
            newest.scrollIntoView({block: 'center'});
            widget.editor.focus();
        } else if (newest && attempt < 40) {
            setTimeout(function () { RegieEditor.intoNewest(attempt + 1); }, 25);
        }
    },
    /* A save that met another's text put the conflict in place of the editor the author was typing in: what they
       type on goes into the merged text, at its end, rather than nowhere. */
    intoMerge: function (attempt) {
        var merged = document.querySelector('.section-conflict .ui-texteditor[id]');
        if (!merged) {
            return;
        }
        var view = merged.closest('.section-conflict');
        var active = document.activeElement;
        var waiting = active === view;
        if (active && active !== document.body && !waiting) {
            return;
        }
        var widget = PrimeFaces.getWidgetById(merged.id);
        if (widget && widget.editor) {
            widget.editor.setSelection(widget.editor.getLength(), 0);
        } else if (attempt < 40) {
            // the widget builds its editor once it is shown, a moment after the answer: the conflict's explanation
            // holds the focus until then, so nothing else takes it
            if (!waiting) {
                view.setAttribute('tabindex', '-1');
                view.focus({preventScroll: true});
            }
            setTimeout(function () { RegieEditor.intoMerge(attempt + 1); }, 25);
        }
    },
    /* A save that stored the chapter otherwise than it was written (a pasted table as lines, an image left out)
       puts the stored text in the editor, the caret where it was in the text; unless the author typed on while the save was
       away: what they typed stays, and the save it started brings the stored text back in its turn. */
    stored: function (id, html) {
        var widget = PrimeFaces.getWidgetById(id);
        if (!widget || !widget.editor || RegieEditor.typed !== RegieEditor.sent) {
            return;
        }
        // the caret as far from the end as it was: what was pasted before it is what the stored text changed
        var editor = widget.editor;
        var caret = editor.getSelection();
        var fromEnd = caret ? editor.getLength() - caret.index : 0;
        // a space just typed at a paragraph's end is not kept by the stored text: the next word needs it
        var spaceTyped = caret && caret.index > 0 && editor.getText(caret.index - 1, 1) === ' ';
        editor.clipboard.dangerouslyPasteHTML(html, 'silent');
        RegieEditor.countWords(widget);
        if (caret) {
            var at = Math.max(0, editor.getLength() - fromEnd);
            if (spaceTyped && (at === 0 || editor.getText(at - 1, 1) !== ' ')) {
                editor.insertText(at, ' ', 'silent');
                at++;
            }
            editor.setSelection(at, 0, 'silent');
        }
        widget.input.val(widget.getEditorValue());
    },
    /* After a save put the stored text in place of what was pasted (a table as lines), the author writes on at its
       end: the focus went with the editor that was replaced. */
    refocus: function (id) {
        var widget = PrimeFaces.getWidgetById(id);
        if (widget && widget.editor && (!document.activeElement || document.activeElement === document.body)) {
            widget.editor.setSelection(widget.editor.getLength(), 0);
        }
    }
};
// the autosaves are not global requests (no busy indicator), so they call these themselves
document.addEventListener('DOMContentLoaded', function () {
    // an editor is watched (and its words counted) as it is built, also one shown after the page loaded
    everyEditor(RegieEditor.watch);
    $(document).on('pfAjaxSend', RegieEditor.sending);
    $(document).on('pfAjaxComplete', function () {
        RegieEditor.answered();
        RegieEditor.countShownWords();
    });
    RegieEditor.countShownWords();
    var redirect = PrimeFaces.ajax.ResponseProcessor.doRedirect;
    PrimeFaces.ajax.ResponseProcessor.doRedirect = function (node) {
        if (/\/login\.xhtml/.test(node.getAttribute('url') || '')) {
            RegieEditor.keep();
        }
        redirect.apply(this, arguments);
    };
});
window.addEventListener('load', function () {
    RegieEditor.putBack(0);
});
window.addEventListener('pagehide', function () {
    if (RegieEditor.kept) {
        RegieEditor.keep();
    }
});
window.addEventListener('beforeunload', function (e) {
    if (RegieEditor.unsaved() && !RegieEditor.kept) {
        e.preventDefault();
        e.returnValue = '';
    }
});
/* The passage is what is selected of the chapter's own text, whole words: a selection dragged past the chapter's end
   takes nothing of the page beyond it. Taken as the comments button is pressed, by mouse or by key. */
function chosenPassage(section) {
    var selection = window.getSelection();
    var text = section && section.querySelector('.ql-editor, .section-text');
    if (!selection || selection.rangeCount === 0 || !text || !selection.getRangeAt(0).intersectsNode(text)) {
        return '';
    }
    var range = selection.getRangeAt(0).cloneRange();
    var whole = document.createRange();
    whole.selectNodeContents(text);
    if (range.compareBoundaryPoints(Range.START_TO_START, whole) < 0) {
        range.setStart(whole.startContainer, whole.startOffset);
    }
    if (range.compareBoundaryPoints(Range.END_TO_END, whole) > 0) {
        range.setEnd(whole.endContainer, whole.endOffset);
    }
    var letter = /[\p{L}\p{N}]/u;
    if (range.startContainer.nodeType === Node.TEXT_NODE) {
        var start = range.startOffset;
        while (start > 0 && letter.test(range.startContainer.data.charAt(start - 1))) {
            start--;
        }
        range.setStart(range.startContainer, start);
    }
    if (range.endContainer.nodeType === Node.TEXT_NODE) {
        var end = range.endOffset;
        while (end < range.endContainer.data.length && letter.test(range.endContainer.data.charAt(end))) {
            end++;
        }
        range.setEnd(range.endContainer, end);
    }
    // a passage over paragraphs or a heading keeps its words apart
    return RegieEditor.blocksApart(range.cloneContents(), ' ').replace(/\s+/g, ' ').trim();
}
function notePassage(e) {
    var button = e.target.closest && e.target.closest('button[id$=":comments"]');
    if (button && (e.type === 'mousedown' || e.key === 'Enter' || e.key === ' ')) {
        var section = button.closest('.doc-section');
        RegieEditor.passage = chosenPassage(section)
            || (lastPassage && lastPassage.section === section ? lastPassage.text : '');
    }
}
/* A keyboard user leaves the text with Tab for the comments button, and the editor drops the selection as it loses
   the focus: the passage last selected in a chapter stays its quote until the selection there changes. */
var lastPassage = null;
document.addEventListener('selectionchange', function () {
    var selection = window.getSelection();
    var node = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).commonAncestorContainer : null;
    var element = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
    var text = element && element.closest('.ql-editor, .section-text');
    if (text) {
        var section = text.closest('.doc-section');
        lastPassage = section ? {section: section, text: chosenPassage(section)} : null;
    }
});
document.addEventListener('mousedown', notePassage, true);
document.addEventListener('keydown', notePassage, true);

/*
 * The passages open review comments quote are marked in their chapter's text (the section's data-quotes), so author
 * and reviewer see what a comment is about. Marked with the CSS Custom Highlight API, which changes nothing in the
 * text or the editor; a browser without it shows the quotes in the comments only. The words are matched as the
 * reader selected them: blocks apart, every run of white space (non-breaking ones too) as one space.
 */
var RegieQuotes = {
    NAME: 'comment-quote',
    /* the chapter's words in one line, and for each of its characters the text node and offset it stands at */
    words: function (text) {
        var line = '';
        var at = [];
        var block = null;
        var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
        for (var node = walker.nextNode(); node; node = walker.nextNode()) {
            var own = node.parentElement.closest('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre') || text;
            if (block !== null && own !== block && !/ $/.test(line)) {
                line += ' ';
                at.push(null);
            }
            block = own;
            for (var i = 0; i < node.data.length; i++) {
                var space = /\s/.test(node.data.charAt(i));
                if (space && (line === '' || / $/.test(line))) {
                    continue;
                }
                line += space ? ' ' : node.data.charAt(i);
                at.push({node: node, offset: i});
            }
        }
        return {line: line, at: at};
    },
    mark: function () {
        if (!window.CSS || !CSS.highlights || typeof Highlight === 'undefined') {
            return;
        }
        var ranges = [];
        document.querySelectorAll('.doc-section[data-quotes]').forEach(function (section) {
            var text = section.querySelector('.ql-editor, .section-text');
            var quotes = [];
            try {
                quotes = JSON.parse(section.getAttribute('data-quotes') || '[]');
            } catch (e) {
                return;
            }
            if (!text || quotes.length === 0) {
                return;
            }
            var words = RegieQuotes.words(text);
            quotes.forEach(function (quote) {
                var start = words.line.indexOf(quote);
                if (start < 0 || !quote) {
                    return;
                }
                var first = words.at.slice(start).find(Boolean);
                var last = words.at.slice(0, start + quote.length).reverse().find(Boolean);
                if (first && last) {
                    var range = document.createRange();
                    range.setStart(first.node, first.offset);
                    range.setEnd(last.node, last.offset + 1);
                    ranges.push(range);
                }
            });
        });
        CSS.highlights.set(RegieQuotes.NAME, new Highlight(...ranges));
    },
    /* after the page or an update drew the chapters, and once the editors have put in their text */
    soon: function () {
        window.setTimeout(RegieQuotes.mark, 0);
        window.setTimeout(RegieQuotes.mark, 400);
    }
};
document.addEventListener('DOMContentLoaded', function () {
    RegieQuotes.soon();
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', RegieQuotes.soon);
    }
});
window.addEventListener('load', RegieQuotes.soon);
var quotesTyped = null;
document.addEventListener('input', function (e) {
    if (e.target.closest && e.target.closest('.doc-section[data-quotes]')) {
        window.clearTimeout(quotesTyped);
        quotesTyped = window.setTimeout(RegieQuotes.mark, 300);
    }
}, true);

/*
 * Quill places a link's box under the selected words, from their left edge: on a phone it would reach past the
 * window, and its save button with it. The box is moved back inside the window whenever Quill shows or places it.
 */
var RegieLinkBox = {
    fit: function (box) {
        if (box.classList.contains('ql-hidden')) {
            return;
        }
        var rect = box.getBoundingClientRect();
        var margin = 8;
        // one place for it: its left edge in the window, its right edge too where the window is wide enough
        var left = Math.max(margin, Math.min(rect.left, window.innerWidth - margin - rect.width));
        if (Math.abs(left - rect.left) >= 1) {
            box.style.left = (parseFloat(box.style.left || '0') + left - rect.left) + 'px';
        }
    },
    watch: function () {
        if (!window.MutationObserver) {
            return;
        }
        document.querySelectorAll('.ql-tooltip:not([data-fitted])').forEach(function (box) {
            box.setAttribute('data-fitted', '');
            var watching = new MutationObserver(function () {
                RegieLinkBox.fit(box);
                // its own move is no new placing by Quill
                watching.takeRecords();
            });
            watching.observe(box, {attributes: true, attributeFilter: ['class', 'style']});
        });
    }
};
document.addEventListener('DOMContentLoaded', function () {
    window.setTimeout(RegieLinkBox.watch, 500);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () {
            window.setTimeout(RegieLinkBox.watch, 500);
        });
    }
});
document.addEventListener('focusin', function (e) {
    if (e.target.closest && e.target.closest('.ui-texteditor')) {
        RegieLinkBox.watch();
    }
});
