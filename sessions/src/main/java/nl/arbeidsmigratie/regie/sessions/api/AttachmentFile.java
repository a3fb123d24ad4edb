package nl.arbeidsmigratie.regie.sessions.api;

import java.io.Serializable;

/** An attachment with its content, for download. */
public record AttachmentFile(AttachmentView attachment, byte[] content) implements Serializable {

    public AttachmentFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
