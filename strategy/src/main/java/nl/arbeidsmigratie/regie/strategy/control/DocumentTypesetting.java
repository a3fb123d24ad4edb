package nl.arbeidsmigratie.regie.strategy.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import nl.arbeidsmigratie.regie.strategy.api.Adoption;
import nl.arbeidsmigratie.regie.strategy.api.DocumentStatus;
import nl.arbeidsmigratie.regie.strategy.api.DocumentView;
import nl.arbeidsmigratie.regie.strategy.api.FigureRow;
import nl.arbeidsmigratie.regie.strategy.api.FrozenFigures;
import nl.arbeidsmigratie.regie.strategy.api.SectionView;
import nl.arbeidsmigratie.regie.strategy.api.VersionView;

/**
 * One version of a document typeset as an A4 PDF in Dutch or English: a title page (whose document, what kind,
 * status, version and date, and for the adopted version who adopted it, when and under which reference), then
 * every section with its text or the reason it does not apply, and its frozen figures as a table with reference
 * date, the moment they were known and their sources. Every page carries the title, the version and "page x of y",
 * stamped on in a second pass once the number of pages is known.
 */
public final class DocumentTypesetting {

    static final String TEXTS = "nl.arbeidsmigratie.regie.strategy.document_pdf";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final float BODY = 10.5f;
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xcc, 0xcc, 0xcc);
    /**
     * Liberation Sans, which OpenPDF carries, embedded with the letters used: it has what the PDF's standard
     * Helvetica lacks, such as Polish, Romanian and Hungarian letters, Cyrillic and Greek (ł, ș, ő, Пловдив), so a
     * name or a quoted text shows as typed. Bold and italic are drawn from it.
     */
    private static final BaseFont SANS = sans();
    private static final Font TITLE = new Font(SANS, 24, Font.BOLD);
    private static final Font SUBTITLE = new Font(SANS, 14, Font.NORMAL, MUTED);
    private static final Font HEADING = new Font(SANS, 15, Font.BOLD);
    private static final Font LABEL = new Font(SANS, BODY, Font.BOLD);
    private static final Font TEXT = new Font(SANS, BODY, Font.NORMAL);
    private static final Font NOTE = new Font(SANS, BODY, Font.ITALIC, MUTED);
    private static final Font SMALL = new Font(SANS, 8.5f, Font.NORMAL);
    private static final Font SMALL_BOLD = new Font(SANS, 8.5f, Font.BOLD);
    private static final Font FOOTER = new Font(SANS, 8, Font.NORMAL, MUTED);

    /**
     * Signs the font lacks that word processors put in for one it has, printed as that one: the hyphens that do or do
     * not break a line, the figure dash, the minus sign.
     */
    static final Map<Integer, String> LOOK_ALIKES = Map.of(0x2010, "-", 0x2011, "-", 0x2012, "\u2013", 0x2212, "-");

    /**
     * The language of the document's text, which its municipality writes in Dutch: a screen reader reads the chapters
     * in it whoever printed them, as the labels around them follow the reader's language.
     */
    private static final String TEXT_LANGUAGE = "nl";

    /** The least room, in points, a chapter starts in: its heading and a few lines of text. */
    private static final float CHAPTER_ROOM = 120;
    /** The least room a heading within a chapter's text starts in: itself and two lines of what it heads. */
    private static final float HEADING_ROOM = 64;

    private final Locale language;
    private final ResourceBundle texts;
    private final DateTimeFormatter day;
    private final DateTimeFormatter moment;

    private DocumentTypesetting(Locale locale) {
        this.language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        this.texts = ResourceBundle.getBundle(TEXTS, language, DocumentTypesetting.class.getClassLoader());
        this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", language);
        this.moment = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language).withZone(ZONE);
    }

    private static BaseFont sans() {
        try {
            return BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the PDF font is missing", e);
        }
    }

    /**
     * The characters of {@code text} the PDF's font has no letter for (emoji, Arabic or Chinese script), each once
     * and in the order they come, so an author can be told that the PDF leaves them out; empty when it shows all.
     * Spaces and the invisible characters that join or vary others are not counted.
     */
    public static String notShown(String text) {
        StringBuilder missing = new StringBuilder();
        text.codePoints().distinct().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.NON_SPACING_MARK
                        && !SANS.charExists(c) && !LOOK_ALIKES.containsKey(c))
                .forEach(missing::appendCodePoint);
        return missing.toString();
    }

    /** {@code adopted}: this version is the one that was adopted, so the adoption details belong on it. */
    public static byte[] pdf(DocumentView document, VersionView version, boolean adopted, Instant submitted,
                             Locale locale) {
        return new DocumentTypesetting(locale).typeset(document, version, adopted, submitted);
    }

    private byte[] typeset(DocumentView document, VersionView version, boolean adopted, Instant submitted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 60, 60, 64, 72);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            // a reader opens it with its chapters as bookmarks, and has it read aloud in the language of its text
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(TEXT_LANGUAGE));
            pdf.addTitle(document.title());
            pdf.addSubject(document.owner());
            pdf.addCreator("Arbeidsmigratie Regie");
            pdf.open();
            titlePage(pdf, document, version, adopted, submitted);
            pdf.newPage();
            int number = 0;
            for (SectionView section : version.sections()) {
                // chapters follow on from each other, so a short or empty one takes no page of its own; one that
                // would start at the foot of a page starts on the next
                if (number > 0 && writer.getVerticalPosition(true) - pdf.bottomMargin() < CHAPTER_ROOM) {
                    pdf.newPage();
                }
                section(pdf, writer, ++number, section);
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be typeset", e);
        }
        return withFooter(out.toByteArray(), document.title(), version.summary().number());
    }

    private void titlePage(Document pdf, DocumentView document, VersionView version, boolean adopted,
                           Instant submitted) {
        Paragraph title = new Paragraph(document.title(), TITLE);
        title.setSpacingBefore(120);
        title.setSpacingAfter(8);
        pdf.add(title);
        Paragraph owner = new Paragraph(document.owner() + " · " + text("pdf.kind." + document.kind()), SUBTITLE);
        owner.setSpacingAfter(48);
        pdf.add(owner);
        PdfPTable details = new PdfPTable(new float[] {1, 2});
        details.setWidthPercentage(100);
        detail(details, text("pdf.owner"), document.owner());
        detail(details, text("pdf.kind"), text("pdf.kind." + document.kind()));
        detail(details, text("pdf.status"), standing(document, adopted, submitted));
        detail(details, text("pdf.version"), text("pdf.version.value", version.summary().number(),
                moment.format(version.summary().createdAt())));
        if (version.summary().note() != null && !version.summary().note().isBlank()) {
            detail(details, text("pdf.version.note"), version.summary().note());
        }
        Adoption adoption = document.adoption();
        if (adopted && adoption != null) {
            detail(details, text("pdf.adoption"), text("pdf.adoption.body." + adoption.body()));
            detail(details, text("pdf.adoption.date"), date(adoption.date()));
            detail(details, text("pdf.adoption.reference"), adoption.reference());
        }
        pdf.add(details);
    }

    /**
     * The version's own standing, so a version printed today reads as it will tomorrow: adopted, an earlier version
     * of an adopted document, part of a withdrawn one, handed in for review (when), or a draft; never the document's
     * passing review status.
     */
    private String standing(DocumentView document, boolean adopted, Instant submitted) {
        if (adopted) {
            return text("pdf.status.ADOPTED");
        }
        if (document.status() == DocumentStatus.ADOPTED || document.status() == DocumentStatus.WITHDRAWN) {
            return text("pdf.status." + (document.status() == DocumentStatus.ADOPTED ? "EARLIER" : "WITHDRAWN"));
        }
        return submitted == null ? text("pdf.status.DRAFT") : text("pdf.status.SUBMITTED", moment.format(submitted));
    }

    private void detail(PdfPTable table, String label, String value) {
        table.addCell(cell(label, LABEL, 6));
        table.addCell(cell(value, TEXT, 6));
    }

    /** A chapter, numbered as the document's page numbers it, and a bookmark to it. */
    private void section(Document pdf, PdfWriter writer, int number, SectionView section) {
        String title = number + ". " + section.title();
        Chunk anchor = new Chunk(title, HEADING);
        anchor.setLocalDestination("chapter-" + number);
        new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage("chapter-" + number, false), title);
        Paragraph heading = new Paragraph(anchor);
        heading.setSpacingBefore(number > 1 ? 24 : 0);
        heading.setSpacingAfter(10);
        pdf.add(heading);
        if (section.notApplicable()) {
            pdf.add(new Paragraph(text("pdf.not-applicable", section.notApplicableReason()), NOTE));
        } else {
            var blocks = HtmlParagraphs.of(section.html(), SANS, BODY);
            if (blocks.isEmpty()) {
                pdf.add(new Paragraph(text("pdf.empty"), NOTE));
            }
            for (Element block : blocks) {
                if (block instanceof HtmlParagraphs.Heading
                        && writer.getVerticalPosition(true) - pdf.bottomMargin() < HEADING_ROOM) {
                    pdf.newPage();
                }
                pdf.add(block);
            }
        }
        if (section.figures() != null) {
            figures(pdf, section.figures());
        }
    }

    private void figures(Document pdf, FrozenFigures figures) {
        Paragraph caption = new Paragraph(text("pdf.figures", figures.area(), date(figures.referenceDate()),
                moment(figures.knownAt())), LABEL);
        caption.setSpacingBefore(14);
        caption.setSpacingAfter(6);
        pdf.add(caption);
        PdfPTable table = new PdfPTable(new float[] {5, 2, 4});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : new String[] {"pdf.figures.figure", "pdf.figures.value", "pdf.figures.source"}) {
            PdfPCell head = cell(text(column), SMALL_BOLD, 4);
            head.setBackgroundColor(new Color(0xee, 0xee, 0xee));
            table.addCell(head);
        }
        for (FigureRow row : figures.rows()) {
            table.addCell(cell(label(row.label()), SMALL, 4));
            PdfPCell value = cell(row.valueIn(language), SMALL, 4);
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(value);
            table.addCell(cell(label(row.sourceIn(language)), SMALL, 4));
        }
        pdf.add(table);
    }

    private static PdfPCell cell(String value, Font font, float padding) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(padding);
        return cell;
    }

    private byte[] withFooter(byte[] typeset, String title, int version) {
        try {
            PdfReader reader = new PdfReader(typeset);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSize(page);
                ColumnText.showTextAligned(stamper.getOverContent(page), Element.ALIGN_CENTER,
                        new Phrase(text("pdf.footer", title, version, page, pages), FOOTER),
                        (size.getLeft() + size.getRight()) / 2, 36, 0);
            }
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF's footer could not be added", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF's footer could not be added", e);
        }
    }

    /** A figure's label or source: a message key, or a source text recorded with the figure. */
    private String label(String keyOrText) {
        return keyOrText != null && texts.containsKey(keyOrText) ? texts.getString(keyOrText) : keyOrText;
    }

    private String date(LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    private String moment(Instant at) {
        return at == null ? "" : moment.format(at);
    }

    private String text(String key, Object... arguments) {
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, texts.getLocale()).format(arguments);
    }
}
