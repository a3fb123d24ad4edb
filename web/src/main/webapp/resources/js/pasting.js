/* What every rich-text editor of the product makes of a paste (the strategy's chapters, a newsletter, minutes):
   text as the author meant it, from a web page, a mail or Word, without the code or the markers that came along. */
var RegiePaste = {
    watch: function (widget) {
        if (!widget || !widget.editor || widget.editor.regiePasting) {
            return;
        }
        widget.editor.regiePasting = true;
        RegiePaste.pasteNoCode(widget);
        RegiePaste.wordLists(widget);
        RegiePaste.wordListKinds(widget);
        RegiePaste.headingOnItsOwnLine(widget);
    },
    /* A paste from a web page or mail brings its scripts and styles along; the editor would keep their code as
       text ("alert(2)" amid a sentence), which no author meant to write. */
    pasteNoCode: function (widget) {
        var Delta = window.Quill && window.Quill.import('delta');
        if (!Delta || !widget.editor.clipboard) {
            return;
        }
        ['script', 'style', 'template', 'noscript'].forEach(function (tag) {
            widget.editor.clipboard.addMatcher(tag, function () {
                return new Delta();
            });
        });
        // a table's header row keeps its cells apart, as its other rows do ("Kern | Aantal", not "KernAantal")
        widget.editor.clipboard.addMatcher('tr', function (row, delta) {
            if (!row.querySelector('th')) {
                return delta;
            }
            return new Delta().insert(Array.prototype.map.call(row.cells, function (cell) {
                return cell.textContent.trim();
            }).join(' | ') + '\n');
        });
    },
    /* A list pasted from Word comes as paragraphs that each begin with their bullet or number as text; the editor
       makes them a numbered list unless the paste also defines the list (which Word leaves out of a part copied,
       and mail and web versions of Word often do), and keeps the bullet ("1. · Park"). The item's own bullet or
       number tells which list it is, and is left out as the list shows its own. */
    // a bullet sign, maybe right before the words; a letter or dash used as one, or a number, before a space
    LIST_MARKER: /^[\s\u00a0]*(?:([\u00b7\u2022\u25aa\u25a0\u25a1\u25e6\u27a2\uf0a7\uf0b7\uf0d8\uf0fc\uf076\u00a7])[\s\u00a0]*|([o*\u2013-])[\s\u00a0]+|((?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)])[\s\u00a0]+)/,
    wordLists: function (widget) {
        var Delta = window.Quill && window.Quill.import('delta');
        if (!Delta || !widget.editor.clipboard) {
            return;
        }
        var WORD = 'urn:schemas-microsoft-com:office:word';
        var MARKER = RegiePaste.LIST_MARKER;
        widget.editor.clipboard.addMatcher(Node.ELEMENT_NODE, function (node, delta) {
            // a paragraph of a list, or the item the editor made of it in a paste from Word, which it marks so
            var level = /mso-list:[^;]*level(\d+)/i.exec(node.getAttribute('style') || '');
            var word = node.ownerDocument.documentElement.getAttribute('xmlns:w') === WORD;
            if (!level && !(word && node.tagName === 'LI')) {
                return delta;
            }
            var start = '';
            for (var i = 0; i < delta.ops.length && typeof delta.ops[i].insert === 'string' && start.length < 16; i++) {
                start += delta.ops[i].insert;
            }
            var marker = MARKER.exec(start);
            if (!marker) {
                return delta;
            }
            var list = marker[1] || marker[2] ? 'bullet' : 'ordered';
            var indent = level && Number(level[1]) > 1 ? Number(level[1]) - 1 : undefined;
            return new Delta(delta.slice(marker[0].length).ops.map(function (op) {
                if (typeof op.insert !== 'string' || op.insert.indexOf('\n') < 0) {
                    return op;
                }
                var attributes = Object.assign({}, op.attributes, {list: list});
                if (indent) {
                    attributes.indent = indent;
                }
                return {insert: op.insert, attributes: attributes};
            }));
        });
    },
    /* In a paste from Word the editor takes each list paragraph's bullet or number out (Word marks it to be left
       out: mso-list:Ignore) and reads from Word's list definitions whether the list has bullets; without those
       definitions, left out as above, every list would be numbered. Where a list lacks its definition, its first
       paragraph's own bullet or number gives it, before the editor reads them. */
    wordListKinds: function (widget) {
        var clipboard = widget.editor.clipboard;
        if (!clipboard || typeof clipboard.normalizeHTML !== 'function') {
            return;
        }
        var normalize = clipboard.normalizeHTML;
        clipboard.normalizeHTML = function (doc) {
            var defined = doc.documentElement ? doc.documentElement.innerHTML : '';
            var added = [];
            doc.querySelectorAll('[style*=mso-list]').forEach(function (node) {
                var style = node.getAttribute('style') || '';
                var list = /mso-list:[^;]*\bl(\d+)/i.exec(style);
                var shown = node.querySelector('[style*=mso-list]');
                if (!list || /mso-list:[^;]*ignore/i.test(style) || !shown) {
                    return;
                }
                var level = (/mso-list:[^;]*\blevel(\d+)/i.exec(style) || [null, '1'])[1];
                var name = '@list l' + list[1] + ':level' + level;
                var known = new RegExp(name + '\\s*\\{[^\\}]*mso-level-number-format', 'i');
                var marker = RegiePaste.LIST_MARKER.exec(shown.textContent + ' ');
                if (!marker || known.test(defined)
                        || added.some(function (rule) { return rule.indexOf(name + ' ') === 0; })) {
                    return;
                }
                added.push(name + ' {mso-level-number-format:' + (marker[3] ? 'decimal' : 'bullet') + ';}');
            });
            if (added.length && doc.head) {
                var definitions = doc.createElement('style');
                definitions.textContent = added.join('\n');
                doc.head.appendChild(definitions);
            }
            return normalize.call(this, doc);
        };
    },
    /* The editor gives the line a paste ends on the format of the paste's first block: a heading pasted after
       words typed on a line would make those words that heading too, a table's first row would run on from them.
       Such a paste starts on a line of its own. */
    headingOnItsOwnLine: function (widget) {
        widget.editor.root.addEventListener('paste', function (e) {
            var html = e.clipboardData && e.clipboardData.getData('text/html');
            var range = widget.editor.getSelection();
            if (!html || !range) {
                return;
            }
            var first = RegiePaste.firstBlock(new DOMParser().parseFromString(html, 'text/html').body);
            var line = widget.editor.getLine(range.index);
            if (first && /^(H[1-6]|TABLE)$/.test(first.tagName) && line[1] > 0) {
                widget.editor.insertText(range.index, '\n', 'user');
                widget.editor.setSelection(range.index + 1, range.length, 'silent');
            }
        }, true);
    },
    /* The first block of pasted markup, through the wrappers some sources put around all of it (Google Docs a
       <b>, Google Sheets an element of its own with its styles); none when text comes before any block. */
    firstBlock: function (body) {
        var walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
            acceptNode: function (node) {
                return /^(STYLE|SCRIPT|TITLE|TEMPLATE|META)$/.test(node.nodeName)
                    ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
            }
        });
        for (var node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.nodeType === Node.TEXT_NODE) {
                if (/\S/.test(node.data)) {
                    return null;
                }
            } else if (/^(H[1-6]|TABLE|P|UL|OL|LI|BLOCKQUOTE|PRE)$/.test(node.tagName)) {
                return node;
            }
        }
        return null;
    }
};
/*
 * Calls {@code watch} with every rich-text editor of the page, each as often as it is found (a watch does its work
 * once): those built already, each built later as it is shown, those an update brought, and one shown in a way none
 * of these saw once the author is in it.
 */
function everyEditor(watch) {
    var TextEditor = window.PrimeFaces && PrimeFaces.widget.TextEditor;
    if (TextEditor) {
        var render = TextEditor.prototype._render;
        TextEditor.prototype._render = function () {
            var built = render.apply(this, arguments);
            watch(this);
            return built;
        };
    }
    var all = function () {
        document.querySelectorAll('.ui-texteditor[id]').forEach(function (element) {
            watch(PrimeFaces.getWidgetById(element.id));
        });
    };
    all();
    $(document).on('pfAjaxComplete', all);
    document.addEventListener('focusin', function (e) {
        var element = e.target.closest && e.target.closest('.ui-texteditor[id]');
        if (element) {
            watch(PrimeFaces.getWidgetById(element.id));
        }
    }, true);
}
document.addEventListener('DOMContentLoaded', function () {
    everyEditor(RegiePaste.watch);
});
