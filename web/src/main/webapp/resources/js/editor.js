/* The strategy editor saves as the author types: before an autosave request leaves, the text editor's hidden
   input takes what is in the editor now (PrimeFaces copies it only when the editor loses the focus). */
var RegieEditor = {
    sync: function (source) {
        var widget = PrimeFaces.getWidgetById(typeof source === 'string' ? source : source.id);
        if (widget && widget.editor) {
            widget.input.val(widget.getEditorValue());
        }
    }
};
