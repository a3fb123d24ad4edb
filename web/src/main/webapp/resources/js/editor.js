/* The strategy editor saves as the author types: before an autosave request leaves, the text editor's hidden
   input takes what is in the editor now (PrimeFaces copies it only when the editor loses the focus). */
var RegieEditor = {
    /* what was typed, what the last request that left carried, and what the last answer without a failed save
       confirmed: leaving the page before they agree would lose text, so the browser asks first */
    typed: 0,
    sent: 0,
    saved: 0,
    sync: function (source) {
        var widget = PrimeFaces.getWidgetById(typeof source === 'string' ? source : source.id);
        if (widget && widget.editor) {
            widget.input.val(widget.getEditorValue());
        }
        RegieEditor.sending();
    },
    sending: function () {
        RegieEditor.sent = RegieEditor.typed;
    },
    answered: function () {
        if (document.querySelector('.save-status.error-mark') === null) {
            RegieEditor.saved = RegieEditor.sent;
        }
    },
    /* text typed and not yet stored, a save refused, or a conflict not yet settled */
    unsaved: function () {
        return RegieEditor.typed !== RegieEditor.saved
            || document.querySelector('.save-status.error-mark, .section-conflict') !== null;
    }
};
document.addEventListener('input', function (e) {
    if (e.target.closest && e.target.closest('.ql-editor')) {
        RegieEditor.typed++;
    }
}, true);
// the autosaves are not global requests (no busy indicator), so they call these themselves
document.addEventListener('DOMContentLoaded', function () {
    $(document).on('pfAjaxSend', RegieEditor.sending);
    $(document).on('pfAjaxComplete', RegieEditor.answered);
});
window.addEventListener('beforeunload', function (e) {
    if (RegieEditor.unsaved()) {
        e.preventDefault();
        e.returnValue = '';
    }
});
