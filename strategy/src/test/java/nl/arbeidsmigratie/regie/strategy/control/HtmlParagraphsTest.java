package nl.arbeidsmigratie.regie.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import java.util.List;
import nl.arbeidsmigratie.regie.platform.api.RichText;
import org.junit.jupiter.api.Test;

/** A section's sanitised text reads in the PDF as it reads on the page. */
class HtmlParagraphsTest {

    @Test
    void whatTheSanitiserPutsBetweenTwoBracesIsNotPrinted() throws Exception {
        String stored = RichText.sanitize("<p>{{7*7}} en {{ naam }}</p><p>Tweede <b>alinea</b></p>").html();
        assertThat(stored).as("the sanitiser's own mark, which the PDF must not print").contains("<!--");

        List<Element> blocks = HtmlParagraphs.of(stored, BaseFont.createFont(), 11);

        assertThat(blocks).extracting(block -> ((Paragraph) block).getContent())
                .containsExactly("{{7*7}} en {{ naam }}", "Tweede alinea");
    }
}
