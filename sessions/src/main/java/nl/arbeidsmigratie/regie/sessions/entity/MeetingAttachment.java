package nl.arbeidsmigratie.regie.sessions.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A file attached to a meeting (slides, a report), stored in the database with the type its content has. */
@Entity
@Table(name = "meeting_attachment")
@NamedQuery(name = MeetingAttachment.OF_MEETING, query = "select a from MeetingAttachment a "
        + "where a.meetingId = :meeting order by a.uploadedAt, a.id")
public class MeetingAttachment {

    public static final String OF_MEETING = "MeetingAttachment.ofMeeting";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id")
    private long meetingId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    protected MeetingAttachment() {
    }

    public MeetingAttachment(long meetingId, String fileName, String mediaType, byte[] content, Instant at,
                             String by) {
        this.meetingId = meetingId;
        this.fileName = Objects.requireNonNull(fileName);
        this.mediaType = Objects.requireNonNull(mediaType);
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedAt = Objects.requireNonNull(at);
        this.uploadedBy = Objects.requireNonNull(by);
    }

    public Long id() {
        return id;
    }

    public long meetingId() {
        return meetingId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
