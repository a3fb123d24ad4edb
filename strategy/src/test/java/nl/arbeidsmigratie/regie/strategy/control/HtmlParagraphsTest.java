package nl.arbeidsmigratie.regie.strategy.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
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

    @Test
    void onPaperALinksAddressFollowsItsWordsUnlessTheyAreTheAddress() throws Exception {
        List<Element> blocks = HtmlParagraphs.of("<p>Zie <a href=\"https://www.rijksoverheid.nl/x\">de brief</a> en "
                + "<a href=\"https://example.org\">https://example.org</a>.</p>", BaseFont.createFont(), 11);

        assertThat(((Paragraph) blocks.get(0)).getContent())
                .isEqualTo("Zie de brief (https://www.rijksoverheid.nl/x) en https://example.org.");
    }

    @Test
    void anEmojiOfSeveralCharactersTheFontLacksGoesWholeAndNothingPrintsAsABox() throws Exception {
        BaseFont sans = BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
                BaseFont.EMBEDDED);
        assertThat(sans.charExists(0x2640)).as("the font has the female sign").isTrue();

        List<Element> blocks = HtmlParagraphs.of("<p>Bouw \uD83D\uDC77\u200D\u2640\uFE0F en \u2640\uFE0F klaar</p>",
                sans, 11);

        assertThat(((Paragraph) blocks.get(0)).getContent()).isEqualTo("Bouw  en \u2640 klaar");
    }

    @Test
    void aNumberedListsNumbersAreInTheTextsFontAndSize() throws Exception {
        List<Element> blocks = HtmlParagraphs.of("<ol><li>Een</li><li>Twee</li></ol>", BaseFont.createFont(), 11);

        com.lowagie.text.List list = blocks.stream().flatMap(block -> block instanceof Paragraph paragraph
                        ? paragraph.stream() : java.util.stream.Stream.of(block))
                .filter(com.lowagie.text.List.class::isInstance).map(com.lowagie.text.List.class::cast).findFirst()
                .orElseThrow();
        assertThat(list.isNumbered()).isTrue();
        assertThat(list.getItems()).hasSize(2).allSatisfy(item -> assertThat(((ListItem) item).getListSymbol()
                .getFont().getSize()).isEqualTo(11f));
    }

    @Test
    void anEmptyLineIsOneLineAndABreakAtABlocksEndBreaksNothing() throws Exception {
        List<Element> blocks = HtmlParagraphs.of("<p>Een<br></p><p><br></p><p>Twee<br>regels</p>",
                BaseFont.createFont(), 11);

        assertThat(blocks).extracting(block -> ((Paragraph) block).getContent())
                .containsExactly("Een", "\u00a0", "Twee\nregels");
    }
}
