package nl.arbeidsmigratie.regie.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The minutes of a meeting: sanitised HTML and its plain text, kept together. */
@Entity
@Table(name = "meeting_minutes")
public class MeetingMinutes {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    private String html;

    @Column(name = "plain_text")
    private String plainText;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected MeetingMinutes() {
    }

    public MeetingMinutes(long meetingId) {
        this.meetingId = meetingId;
    }

    /** {@code html} must have passed the product's sanitiser. */
    public void write(String html, String plainText, Instant at, String by) {
        this.html = html;
        this.plainText = plainText;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String html() {
        return html;
    }

    public String plainText() {
        return plainText;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
