package nl.arbeidsmigratie.regie.web;

import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_COORDINATOR;
import static nl.arbeidsmigratie.regie.registration.boundary.AccountBootstrap.DEMO_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.arbeidsmigratie.regie.platform.api.DutchDates;
import nl.arbeidsmigratie.regie.platform.api.DutchTime;
import nl.arbeidsmigratie.regie.testing.BrowserSession;
import nl.arbeidsmigratie.regie.testing.Deployments;
import nl.arbeidsmigratie.regie.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A strategy document through the browser, from a new draft to adoption: Westland's officer writes two learning
 * goals, freezes the municipality's figures into one and submits; the coordinator comments, is refused adoption
 * without details and with the comment open, and sends it back; the officer resolves the comment and resubmits;
 * the coordinator adopts, the adopted version is marked and its PDF carries the title and the figures' reference
 * date. Delft's officer cannot open the draft. Once in English.
 * Two officers typing in one section end in the conflict view, and the merged text keeps what both typed; text
 * typed as a session ended comes back after signing in again, as a conflict when the chapter was saved meanwhile.
 * A coordinator publishes a changed guiding question as the template's next version.
 */
@ExtendWith(ArquillianExtension.class)
class StrategyBrowserIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aDocumentGoesFromDraftThroughReviewToAdoption() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String title = "Visie arbeidsmigratie " + mark;
        TestData.createdByWestland(base, "counts", TestData.countJson("GM1783", "Bron " + mark)
                .replace("2025-05-01", "2025-06-15"), "id");
        String delft = "strategie.delft." + mark + "@regie.example";
        TestData.delftOfficer(delft);
        String english = "strategy.westland." + mark + "@regie.example";
        TestData.accountLike(DEMO_OFFICER, english);
        long edition = TestData.editionWithWestlandEnrolment("Leerkring strategie", "contact." + mark
                + "@westland.example", "Knelpunten in de kassen en op vakantieparken " + mark);

        try (BrowserSession officer = new BrowserSession(base);
             BrowserSession coordinator = new BrowserSession(base)) {
            officer.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            officer.click(By.id("nav-documents"));
            opens(officer, By.id("documents:newDocument"), "newDocumentDialog");
            officer.click(By.id("newDocumentForm:save"));
            officer.waitForText("newDocumentForm:formMessages", "Kies het soort document.");
            assertThat(officer.text(By.id("newDocumentForm:formMessages"))).as("every missing field at once")
                    .contains("Vul een titel in.");
            typeAfterUpdate(officer, "newDocumentForm:title", title);
            officer.choose("newDocumentForm:kind", "Visie");
            officer.click(By.id("newDocumentForm:save"));
            officer.until(ExpectedConditions.urlContains("app/strategy/document.xhtml?id="));
            String url = officer.driver().getCurrentUrl();
            String page = url.substring(url.indexOf("app/strategy/"));
            officer.waitForText("status", "Concept");
            assertThat(officer.text(By.tagName("h1"))).isEqualTo(title);
            assertThat(officer.text(By.id("doc:sectionsPanel"))).contains("Uit de aanmelding van de gemeente")
                    .contains("Knelpunten in de kassen en op vakantieparken " + mark);

            try (BrowserSession other = new BrowserSession(base)) {
                other.signIn(delft, DEMO_OFFICER.password());
                other.open(page);
                other.waitForText("doc:refusal", "bestaat niet of u mag het niet inzien");
                assertThat(other.text(By.id("doc:messages"))).as("said once, by the notice").isEmpty();
                assertThat(other.driver().getPageSource()).doesNotContain(title);
            }

            write(officer, "NUMBERS", "Westland telt veel arbeidsmigranten in de kassen " + mark + ".");
            // Tab leaves the chapter; Shift+Tab comes back to where the author was writing
            officer.driver().findElement(section("NUMBERS", ".ql-editor")).sendKeys(Keys.TAB);
            officer.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
            officer.driver().switchTo().activeElement().sendKeys(" Verder.");
            officer.until(d -> officer.text(section("NUMBERS", ".ql-editor")).endsWith("kassen " + mark + ". Verder."));
            officer.until(d -> officer.text(section("NUMBERS", ".word-count")).equals("9 woorden"));
            write(officer, "LOCATIONS", "Huisvesting op bedrijventerreinen en in kernen " + mark + ".");
            // a heading pasted after the words typed starts a line of its own, also inside the wrapper Google Docs
            // puts around a paste: the words stay a paragraph
            paste(officer, "LOCATIONS", "<meta charset=\"utf-8\"><b style=\"font-weight:normal;\""
                    + " id=\"docs-internal-guid-1\"><h1>Kop uit Docs</h1><p>Daaronder</p></b>");
            officer.until(d -> editorHtml(officer, "LOCATIONS").contains("Kop uit Docs"));
            assertThat(editorHtml(officer, "LOCATIONS"))
                    .contains("<p>Huisvesting op bedrijventerreinen en in kernen " + mark + ".</p><h1>");
            officer.until(ExpectedConditions.textToBePresentInElementLocated(section("LOCATIONS", ".save-status"),
                    "Opgeslagen om"));
            // so does a pasted table, its header row's cells apart as its other rows' are; and what the author types
            // while that save is on its way (here as the request leaves) stays, and is saved with the table as lines
            ((JavascriptExecutor) officer.driver()).executeScript("var w = PrimeFaces.getWidgetById(document"
                    + ".querySelector(\"[data-goal='LOCATIONS'] .ui-texteditor[id]\").id); var sending = RegieEditor.sending;"
                    + " RegieEditor.sending = function () { sending(); RegieEditor.sending = sending;"
                    + " w.editor.insertText(w.editor.getSelection(true).index, 'Getypt tijdens het opslaan', 'user'); };");
            paste(officer, "LOCATIONS", "<table><thead><tr><th>Kern</th><th>Aantal</th></tr></thead>"
                    + "<tbody><tr><td>Naaldwijk</td><td>1200</td></tr></tbody></table>");
            officer.until(d -> editorHtml(officer, "LOCATIONS").contains("<p>Naaldwijk | 1200</p>"));
            assertThat(editorHtml(officer, "LOCATIONS")).contains("<p>Kern | Aantal</p>")
                    .contains("Getypt tijdens het opslaan");
            // a bulleted list pasted from Word without its list definitions stays bulleted, its bullets not as text
            paste(officer, "LOCATIONS", "<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><body>"
                    + "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span"
                    + " style='font-family:Symbol'>·<span>&nbsp;&nbsp;</span></span><![endif]>Park De Zilk</p>"
                    + "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span"
                    + " style='font-family:Symbol'>·</span><![endif]>Park Duinrand</p>"
                    // as Word marks the bullet or number to be left out, which the editor takes out before reading
                    + "<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span"
                    + " style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times"
                    + " New Roman\"'>&nbsp;&nbsp;</span></span></span><![endif]>Camping Zeezicht</p>"
                    + "<p class=MsoListParagraph style='mso-list:l2 level1 lfo3'><![if !supportLists]><span><span"
                    + " style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;</span></span></span><![endif]>Eerst tellen</p>"
                    + "</body></html>");
            officer.until(d -> editorHtml(officer, "LOCATIONS").contains("Eerst tellen"));
            assertThat(editorHtml(officer, "LOCATIONS"))
                    .containsPattern("<li data-list=\"bullet\">(<span class=\"ql-ui\"[^>]*></span>)?Park De Zilk</li>")
                    .containsPattern("<li data-list=\"bullet\">(<span class=\"ql-ui\"[^>]*></span>)?Camping Zeezicht</li>")
                    .containsPattern("<li data-list=\"ordered\">(<span class=\"ql-ui\"[^>]*></span>)?Eerst tellen</li>")
                    .doesNotContain("·");
            // a paste from the browser's menu, which no key announces, is saved as typing is; a web page's script
            // and style come along as no text
            officer.paste(section("SUPPORT", ".ql-editor"), "Geplakt via het menu " + mark, "<style>p { color: red }"
                    + "</style><p>Geplakt via het menu " + mark + "<script>window.pasted = 1</script></p>");
            officer.until(ExpectedConditions.textToBePresentInElementLocated(section("SUPPORT", ".save-status"),
                    "Opgeslagen om"));
            assertThat(officer.text(section("SUPPORT", ".ql-editor"))).contains("Geplakt via het menu " + mark)
                    .doesNotContain("window.pasted").doesNotContain("color: red");
            // a pasted image too large to send is not saved and says why; taken out again, the chapter saves
            String quill = "PrimeFaces.getWidgetById(document.querySelector(\"[data-goal='SUPPORT'] .ui-texteditor[id]\").id)"
                    + ".editor";
            ((JavascriptExecutor) officer.driver()).executeScript("window.regieBefore = " + quill + ".getContents();");
            paste(officer, "SUPPORT", "<img src=\"data:image/png;base64," + "A".repeat(3 * 1024 * 1024) + "\">");
            officer.until(ExpectedConditions.textToBePresentInElementLocated(section("SUPPORT", ".save-status"),
                    "Niet opgeslagen: de tekst is te groot om te versturen (meer dan 2 MB)."));
            ((JavascriptExecutor) officer.driver()).executeScript(quill + ".setContents(window.regieBefore, 'user');");
            officer.until(ExpectedConditions.textToBePresentInElementLocated(section("SUPPORT", ".save-status"),
                    "Opgeslagen om"));

            // Tab at the start of a list item makes it a sub-item, kept as a list inside the item before
            officer.click(section("ONE_VISION", ".ql-editor"));
            officer.driver().findElement(section("ONE_VISION", ".ql-editor"))
                    .sendKeys("- Hoofddoel " + mark, Keys.ENTER, Keys.TAB, "Subdoel " + mark);
            officer.until(d -> editorHtml(officer, "ONE_VISION").contains("ql-indent-1"));
            officer.until(d -> !(Boolean) ((JavascriptExecutor) d).executeScript("return RegieEditor.unsaved()"));

            opens(officer, section("NUMBERS", "button[id$=':insertFigures']"), "figuresDialog");
            // the date it opens with is selected: a date typed replaces it
            officer.until(d -> "figuresForm:referenceDate_input true".equals(((JavascriptExecutor) d).executeScript(
                    "var e = document.activeElement; var v = e.value || ''; return e.id + ' ' + (v.length > 0"
                            + " && e.selectionStart === 0 && e.selectionEnd === v.length)")));
            officer.type("figuresForm:referenceDate_input", "");
            officer.click(By.id("figuresForm:save"));
            officer.waitForText("figuresForm:formMessages", "Vul de peildatum in.");
            typeAfterUpdate(officer, "figuresForm:referenceDate_input", "2001-01-01");
            officer.click(By.id("figuresForm:save"));
            officer.waitForText("figuresForm:formMessages", "Voor deze peildatum zijn geen cijfers bekend");
            assertThat(officer.driver().findElements(section("NUMBERS", ".figures-table"))).isEmpty();
            typeAfterUpdate(officer, "figuresForm:referenceDate_input", "2025-06-15");
            officer.click(By.id("figuresForm:save"));
            WebElement figures = officer.until(ExpectedConditions.visibilityOfElementLocated(
                    section("NUMBERS", ".figures-table")));
            assertThat(figures.getText()).contains("peildatum 15-06-2025").contains("Ingeschreven BRP")
                    .contains("Bron " + mark);
            accessible(officer, "the draft with its editors and figures");
            // the link button with no words selected says what to do instead of nothing
            officer.click(section("NUMBERS", ".ql-editor"));
            officer.click(section("NUMBERS", "button.ql-link"));
            officer.until(d -> d.findElement(section("NUMBERS", ".save-status")).getText()
                    .contains("Selecteer eerst de woorden die de link worden"));
            assertThat(officer.driver().findElement(section("NUMBERS", ".ql-tooltip input[type=text]"))
                    .getAttribute("aria-label")).as("the link's field named by its question")
                    .isEqualTo("Adres van de link");
            // with words selected it makes them a link, and the caret is after them: what is typed next follows it
            officer.click(section("SUPPORT", ".ql-editor"));
            ((JavascriptExecutor) officer.driver()).executeScript(quill + ".setSelection(" + quill
                    + ".getText().indexOf('menu'), 4);");
            officer.click(section("SUPPORT", "button.ql-link"));
            officer.until(ExpectedConditions.visibilityOfElementLocated(
                    section("SUPPORT", ".ql-tooltip input[type=text]")))
                    .sendKeys("https://example.org/brief", Keys.ENTER);
            officer.driver().switchTo().activeElement().sendKeys(" en verder \u4e2d\u6587");
            officer.until(d -> editorHtml(officer, "SUPPORT").contains(">menu</a> en verder \u4e2d\u6587"));
            // what the PDF cannot show is said in a sentence of its own
            officer.until(d -> officer.text(section("SUPPORT", ".save-status")).matches("Opgeslagen om \\d\\d:\\d\\d\\."
                    + " Deze tekens ontbreken in de pdf, omdat die ze niet kan tonen: \u4e2d\u6587"));
            // right after a version (1) is saved, a click into a chapter keeps the focus there: what is typed next is
            // the chapter's, not a key that opens the version dialog again
            opens(officer, By.id("doc:saveVersion"), "versionDialog");
            officer.type("versionForm:note", "Tussenstand " + mark);
            officer.click(By.id("versionForm:save"));
            officer.until(ExpectedConditions.attributeToBe(By.id("versionDialog"), "aria-hidden", "true"));
            officer.click(section("NUMBERS", ".ql-editor"));
            new Actions(officer.driver()).pause(Duration.ofMillis(300)).sendKeys(" Verder na de versie.").perform();
            officer.until(ExpectedConditions.textToBePresentInElementLocated(section("NUMBERS", ".save-status"),
                    "Opgeslagen om"));
            assertThat(officer.text(section("NUMBERS", ".ql-editor"))).endsWith("Verder na de versie.");
            assertThat(officer.driver().findElement(By.id("versionDialog")).getAttribute("aria-hidden")).isEqualTo("true");
            // a chapter marked not applicable shows its reason and no editor until it is applicable again
            opens(officer, section("FORGOTTEN_PLACES", "button[id$=':notApplicable']"), "notApplicableDialog");
            officer.type("notApplicableForm:reason", "Westland heeft geen vakantieparken " + mark);
            officer.click(By.id("notApplicableForm:save"));
            officer.waitForText("doc:sectionsPanel", "Westland heeft geen vakantieparken " + mark);
            assertThat(officer.text(section("FORGOTTEN_PLACES", ".not-applicable-notice")))
                    .contains("Kies \"Weer van toepassing\" om in dit hoofdstuk te schrijven");
            assertThat(officer.driver().findElements(section("FORGOTTEN_PLACES", ".ql-editor"))).isEmpty();
            officer.click(section("FORGOTTEN_PLACES", "button[id$=':applicable']"));
            officer.until(ExpectedConditions.visibilityOfElementLocated(section("FORGOTTEN_PLACES", ".ql-editor")));
            opens(officer, section("FORGOTTEN_PLACES", "button[id$=':notApplicable']"), "notApplicableDialog");
            officer.type("notApplicableForm:reason", "Westland heeft geen vakantieparken " + mark);
            officer.click(By.id("notApplicableForm:save"));
            officer.until(ExpectedConditions.invisibilityOfElementLocated(section("FORGOTTEN_PLACES", ".ql-editor")));

            submit(officer, true);
            // the author finds no editor now, and the page says why and what comes next
            officer.waitForText("doc:inReview", "ter beoordeling bij " + DEMO_COORDINATOR.displayName());
            // a template's chapter title is the template's Dutch, said so for a screen reader on English pages too
            assertThat(officer.driver().findElements(By.cssSelector("[data-goal='NUMBERS'] h2 span[lang='nl']")))
                    .hasSize(1);

            coordinator.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            coordinator.open(page);
            coordinator.waitForText("status", "Ter beoordeling");
            assertThat(coordinator.text(section("NUMBERS", ".section-text"))).contains("kassen " + mark);
            assertThat(coordinator.text(section("NUMBERS", ".word-count"))).as("a reader sees the length too")
                    .isEqualTo("13 woorden");
            assertThat(coordinator.text(section("ONE_VISION", ".section-text ul > li > ul > li")))
                    .isEqualTo("Subdoel " + mark);
            // the passage selected in the chapter before opening its comments is the quote
            ((JavascriptExecutor) coordinator.driver()).executeScript("var text = document.querySelector(arguments[0]);"
                    + " var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT); var node;"
                    + " while ((node = walker.nextNode()) && node.data.indexOf(arguments[1]) < 0) {}"
                    + " var range = document.createRange(); var at = node.data.indexOf(arguments[1]);"
                    + " range.setStart(node, at); range.setEnd(node, at + arguments[1].length);"
                    + " getSelection().removeAllRanges(); getSelection().addRange(range);",
                    "[data-goal='NUMBERS'] .section-text", "kassen " + mark);
            opens(coordinator, section("NUMBERS", "button[id$=':comments']"), "commentsDialog");
            assertThat(coordinator.driver().findElement(By.id("commentsForm:quote")).getAttribute("value"))
                    .isEqualTo("kassen " + mark);
            coordinator.until(d -> "commentsForm:text".equals(((JavascriptExecutor) d).executeScript(
                    "return document.activeElement.id")));
            // a passage from an item into its sub-list keeps their words apart, as the chapter's text has them
            assertThat(((JavascriptExecutor) coordinator.driver()).executeScript("var section ="
                    + " document.querySelector(\"[data-goal='ONE_VISION']\"); var walker = document.createTreeWalker("
                    + " section.querySelector('.section-text'), NodeFilter.SHOW_TEXT); var first, last, node;"
                    + " while ((node = walker.nextNode())) { if (node.data.indexOf('Hoofddoel') >= 0) { first = node; }"
                    + " if (node.data.indexOf('Subdoel') >= 0) { last = node; } }"
                    + " var range = document.createRange(); range.setStart(first, first.data.indexOf('Hoofddoel'));"
                    + " range.setEnd(last, last.length);"
                    + " getSelection().removeAllRanges(); getSelection().addRange(range);"
                    + " return chosenPassage(section);")).isEqualTo("Hoofddoel " + mark + " Subdoel " + mark);
            coordinator.type("commentsForm:text", "Noem ook de bron van de schating.");
            coordinator.click(By.id("commentsForm:addComment"));
            coordinator.waitForText("commentsForm", "Noem ook de bron van de schating.");
            assertThat(coordinator.text(By.id("commentsForm:formMessages"))).isEqualTo("De opmerking is geplaatst.");
            assertThat(coordinator.text(By.id("doc:messages"))).as("said once, in the dialog").isEmpty();
            assertThat(coordinator.text(By.cssSelector("[data-goal='NUMBERS'] .open-comments"))).contains("open opmerking");
            // the passage the comment is about is marked in the chapter's text
            coordinator.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript("var marked ="
                    + " CSS.highlights.get('comment-quote'); return marked ? [...marked].map(r => r.toString()).join('|')"
                    + " : '';")).equals("kassen " + mark));
            // all that was typed is placed: closing asks nothing
            ((JavascriptExecutor) coordinator.driver()).executeScript(
                    "window.asked = null; window.confirm = question => { window.asked = question; return false; };");
            coordinator.click(By.cssSelector(".ui-dialog[aria-hidden='false'] .ui-dialog-titlebar-close"));
            coordinator.until(ExpectedConditions.invisibilityOfElementLocated(By.id("commentsForm:text")));
            assertThat(((JavascriptExecutor) coordinator.driver()).executeScript("return window.asked")).isNull();
            opens(coordinator, section("NUMBERS", "button[id$=':comments']"), "commentsDialog");
            // a typo put right before anyone answered; a new comment half written meanwhile stays
            coordinator.type("commentsForm:text", "Nog een punt");
            coordinator.click(By.id("commentsForm:threads:0:revise"));
            coordinator.type("commentsForm:threads:0:revisedText", "Noem ook de bron van de schatting.");
            coordinator.click(By.id("commentsForm:threads:0:saveRevision"));
            coordinator.waitForText("commentsForm", "Noem ook de bron van de schatting.");
            assertThat(coordinator.driver().findElement(By.id("commentsForm:text")).getAttribute("value"))
                    .isEqualTo("Nog een punt");
            // closing it with text typed asks first; kept open, the text stays (the browser's question answered no)
            ((JavascriptExecutor) coordinator.driver()).executeScript(
                    "window.confirm = question => { window.asked = question; return false; };");
            coordinator.click(By.cssSelector(".ui-dialog[aria-hidden='false'] .ui-dialog-titlebar-close"));
            assertThat(((JavascriptExecutor) coordinator.driver()).executeScript("return window.asked"))
                    .asString().contains("niet opgeslagen");
            assertThat(coordinator.driver().findElement(By.id("commentsForm:text")).isDisplayed()).isTrue();
            // leaving the page would lose it as well: the browser is told to ask
            assertThat(((JavascriptExecutor) coordinator.driver()).executeScript("var leaving = new Event("
                    + "'beforeunload', {cancelable: true}); window.dispatchEvent(leaving); return leaving.defaultPrevented;"))
                    .isEqualTo(true);
            coordinator.type("commentsForm:text", "");
            assertThat(coordinator.text(By.id("commentsForm:threads:0:changed"))).startsWith("· gewijzigd").contains(":");
            // Enter in a reply sends that reply, not the dialog's first button (which would open the comment to change)
            coordinator.type("commentsForm:threads:0:reply", "De bron is de BRP-telling.");
            coordinator.driver().findElement(By.id("commentsForm:threads:0:reply")).sendKeys(Keys.ENTER);
            coordinator.waitForText("commentsForm", "De bron is de BRP-telling.");
            assertThat(coordinator.driver().findElements(By.id("commentsForm:threads:0:revisedText"))).isEmpty();
            closeDialogs(coordinator);
            coordinator.until(ExpectedConditions.textToBePresentInElementLocated(section("NUMBERS", ".open-comments"),
                    "1 open opmerking"));

            // with a comment open the dialog says why it cannot be adopted yet, and offers nothing to fill in
            opens(coordinator, By.id("doc:adopt"), "adoptDialog");
            coordinator.waitForText("adoptForm:openComments", "Er staat nog 1 open opmerking; vaststellen kan pas als die is afgehandeld");
            // no form to fill in that could not be sent: only the comments to deal with first
            assertThat(coordinator.driver().findElements(By.id("adoptForm:save"))).isEmpty();
            assertThat(coordinator.driver().findElements(By.id("adoptForm:adoptionReference"))).isEmpty();
            closeDialogs(coordinator);
            assertThat(coordinator.text(By.id("status"))).contains("Ter beoordeling");

            opens(coordinator, By.id("doc:sendBack"), "sendBackDialog");
            coordinator.type("sendBackForm:comment", "Graag de bron aanvullen.");
            coordinator.click(By.id("sendBackForm:save"));
            coordinator.waitForText("status", "Concept");

            officer.open("app/home.xhtml");
            assertThat(officer.text(By.xpath("//section[@id='home-strategy']//li[contains(., '" + mark + "')]")))
                    .contains("Teruggestuurd, met opmerkingen van de reviewer");
            officer.open(page);
            officer.waitForText("status", "Concept");
            assertThat(officer.text(section("SUPPORT", ".ql-editor")))
                    .contains("Geplakt via het menu en verder \u4e2d\u6587 " + mark);
            assertThat(officer.text(By.id("doc:history"))).contains("Graag de bron aanvullen.").contains("Aangemaakt");
            assertThat(officer.text(By.id("doc:sentBack"))).contains("Teruggestuurd door " + DEMO_COORDINATOR.displayName())
                    .contains("Graag de bron aanvullen.");
            // a passage selected by keys is the quote too, though Tab to the comments button takes the selection away
            officer.driver().findElement(section("NUMBERS", ".ql-editor")).click();
            new Actions(officer.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.HOME)
                    .keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).keyUp(Keys.SHIFT)
                    .keyUp(Keys.CONTROL).perform();
            String selected = String.valueOf(((JavascriptExecutor) officer.driver()).executeScript(
                    "return String(getSelection()).trim()"));
            assertThat(selected).isNotBlank();
            for (int tab = 0; tab < 12 && !String.valueOf(((JavascriptExecutor) officer.driver()).executeScript(
                    "return document.activeElement.id")).endsWith(":comments"); tab++) {
                new Actions(officer.driver()).sendKeys(Keys.TAB).perform();
            }
            officer.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            officer.until(ExpectedConditions.visibilityOfElementLocated(By.id("commentsForm:quote")));
            assertThat(officer.driver().findElement(By.id("commentsForm:quote")).getAttribute("value"))
                    .isEqualTo(selected);
            closeDialogs(officer);
            opens(officer, section("NUMBERS", "button[id$=':comments']"), "commentsDialog");
            // a reply typed goes along with resolving (its button then gone): closing asks about nothing unsaved (the
            // passage selected before, which would be a new comment's quote, left out)
            officer.type("commentsForm:quote", "");
            officer.type("commentsForm:threads:0:reply", "Bron toegevoegd " + mark);
            officer.click(By.id("commentsForm:threads:0:resolve"));
            officer.waitForText("commentsForm", "afgehandeld door " + DEMO_OFFICER.displayName());
            assertThat(officer.text(By.id("commentsForm"))).contains("Bron toegevoegd " + mark);
            ((JavascriptExecutor) officer.driver()).executeScript(
                    "window.asked = null; window.confirm = question => { window.asked = question; return false; };");
            officer.click(By.cssSelector(".ui-dialog[aria-hidden='false'] .ui-dialog-titlebar-close"));
            officer.until(ExpectedConditions.invisibilityOfElementLocated(By.id("commentsForm:text")));
            assertThat(((JavascriptExecutor) officer.driver()).executeScript("return window.asked")).isNull();
            officer.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                    "return document.activeElement.id")).endsWith(":comments"));
            // the source asked for is added and kept as a version of its own (3); changed once more, the document
            // goes back as a new version (4)
            write(officer, "LOCATIONS", "Huisvesting op bedrijventerreinen en in kernen " + mark
                    + " (bron: gemeentelijke telling).");
            opens(officer, By.id("doc:saveVersion"), "versionDialog");
            officer.type("versionForm:note", "Bron erbij " + mark);
            officer.click(By.id("versionForm:save"));
            officer.until(ExpectedConditions.attributeToBe(By.id("versionDialog"), "aria-hidden", "true"));
            write(officer, "ONE_VISION", " Herzien.");
            submit(officer, false, "Bron toegevoegd " + mark);

            coordinator.open(page);
            coordinator.waitForText("status", "Ter beoordeling");
            assertThat(coordinator.text(By.id("doc:history"))).as("the note handed in with it")
                    .contains("Bron toegevoegd " + mark);
            assertThat(coordinator.text(By.id("doc:submitted"))).as("the reviewer reads the note first")
                    .contains("Ter beoordeling ingediend door " + DEMO_OFFICER.displayName())
                    .contains("Bron toegevoegd " + mark);
            // Westland has a vision in force: adopting this one replaces it, as the dialog says, with the chapters
            // still empty
            long earlier = adoptedVision("Eerdere visie " + mark, LocalDate.now(DutchTime.ZONE).minusDays(1));
            long id = Long.parseLong(page.substring(page.indexOf("id=") + 3));
            String inForce = westlandVisionInForce(id);
            coordinator.open(page);
            opens(coordinator, By.id("doc:adopt"), "adoptDialog");
            assertThat(coordinator.text(By.id("adoptForm:replaces")))
                    .contains("vervangt dit document „" + inForce + "”, dat nu van kracht is");
            assertThat(coordinator.text(By.id("adoptForm:adoptEmpty"))).contains("hoofdstukken zijn leeg");
            coordinator.click(By.id("adoptForm:save"));
            coordinator.waitForText("adoptForm:formMessages", "Kies wie het document vaststelde");
            typeAfterUpdate(coordinator, "adoptForm:adoptionReference", "https://westland.example/besluit/" + mark);
            coordinator.choose("adoptForm:adoptionBody", "Gemeenteraad");
            coordinator.type("adoptForm:adoptionDate_input", LocalDate.now(DutchTime.ZONE).toString());
            coordinator.type("adoptForm:adoptionReference", "https://westland.example/besluit/" + mark);
            coordinator.click(By.id("adoptForm:save"));
            coordinator.waitForText("status", "Vastgesteld");
            assertThat(coordinator.text(By.id("adoption"))).contains("Gemeenteraad").contains("besluit/" + mark)
                    .contains("vastgesteld (versie 4)");
            assertThat(coordinator.text(By.id("doc:versionTable_data"))).contains("4 · vastgesteld")
                    .contains("2 · ingediend ter beoordeling").doesNotContain("3 · ingediend");
            assertThat(coordinator.driver().findElements(By.id("doc:replacedBy"))).as("in force itself").isEmpty();
            coordinator.open("app/strategy/document.xhtml?id=" + earlier);
            assertThat(coordinator.text(By.id("doc:replacedBy"))).contains("Niet meer van kracht: „" + title + "”");
            assertThat(coordinator.text(By.id("status"))).isEqualTo("Vastgesteld · vervangen");
            assertThat(coordinator.driver().findElements(By.id("doc:adoptionLink")))
                    .as("a reference with words beside an address is no link").isEmpty();
            assertThat(coordinator.text(By.id("doc:adoptionReference"))).isEqualTo("https://raad.example/besluit 12 – visie");
            coordinator.click(By.id("doc:inForce"));
            coordinator.until(ExpectedConditions.urlContains("document.xhtml?id=" + id));
            coordinator.open(page);
            coordinator.click(By.id("doc:markEnrolment"));
            coordinator.waitForText("doc:messages", "De aanmelding staat nu op \"Beleid vastgesteld\".");
            assertThat(coordinator.driver().findElements(By.id("doc:enrolmentOffer"))).isEmpty();
            String pdfLink = coordinator.driver().findElement(By.id("pdf-link-4")).getAttribute("href");
            assertThat(pdfLink).endsWith("app/strategy/document.pdf?document=" + page.substring(page.indexOf("id=") + 3)
                    + "&version=4");
            assertThat(pdfText(coordinator, pdfLink)).contains(title).contains("peildatum 15 juni 2025")
                    .contains("Bron " + mark);

            // its revision keeps its title: the list and the revision's page name what it revises, adopted when
            HttpResponse<String> revision = Http.postJson(URI.create(base + "api/v1/strategy/documents/" + id
                    + "/new-revision"), DEMO_OFFICER.email(), "{}");
            assertThat(revision.statusCode()).as(revision.body()).isEqualTo(201);
            String revised = "„" + title + "” (vastgesteld " + DutchDates.format(LocalDate.now(DutchTime.ZONE)) + ")";
            officer.open("app/strategy/documents.xhtml");
            assertThat(officer.text(By.xpath("//tr[contains(., 'Herziening van " + revised + "')]"))).contains("Concept");
            assertThat(officer.text(By.xpath("//tr[contains(., '" + title + "') and not(contains(., 'Herziening'))]")))
                    .contains("Vastgesteld · versie 4")
                    .doesNotContain("vastgesteld (v4)").doesNotContain("vervangen");
            assertThat(officer.text(By.xpath("//tr[contains(., 'Eerdere visie " + mark + "')]")))
                    .as("the vision it replaced, listed as such").contains("Vastgesteld · versie 1 · vervangen");
            officer.open("app/strategy/document.xhtml?id=" + Json.at(Json.parse(revision.body()), "id"));
            assertThat(officer.text(By.id("doc:revisionOf"))).isEqualTo(revised);
            officer.open(page.replace("document.xhtml", "versions.xhtml"));
            // first compared: what was handed in the time before (2) with the last (4), all the reviewer read anew
            assertThat(officer.text(By.id("versions:before_label"))).isEqualTo("2");
            assertThat(officer.text(By.id("versions:after_label"))).isEqualTo("4");
            officer.click(By.id("versions:compare"));
            officer.waitForText("versions:comparison", "ongewijzigd");
            accessible(officer, "the versions compared");
        } finally {
            TestData.removeEdition(edition);
        }

        try (BrowserSession officer = new BrowserSession(base)) {
            officer.signIn(english, DEMO_OFFICER.password());
            officer.click(By.id("topbar:lang-en"));
            officer.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            officer.click(By.id("nav-documents"));
            assertThat(officer.text(By.tagName("h1"))).isEqualTo("Strategy documents");
            opens(officer, By.id("documents:newDocument"), "newDocumentDialog");
            officer.type("newDocumentForm:title", "Policy framework " + mark);
            officer.choose("newDocumentForm:kind", "Policy framework");
            officer.click(By.id("newDocumentForm:save"));
            officer.waitForText("status", "Draft");
            // a chapter's editor is a text field named by its chapter
            WebElement editor = officer.driver().findElement(section("NUMBERS", ".ql-editor"));
            assertThat(editor.getAttribute("role")).isEqualTo("textbox");
            assertThat(editor.getAttribute("aria-label"))
                    .isEqualTo(officer.text(section("NUMBERS", "h2")));
            officer.click(section("NUMBERS", ".ql-editor"));
            officer.driver().findElement(section("NUMBERS", ".ql-editor")).sendKeys("Numbers in English " + mark);
            officer.until(ExpectedConditions.textToBePresentInElementLocated(section("NUMBERS", ".save-status"),
                    "Saved at"));
            opens(officer, By.id("doc:submit"), "submitDialog");
            chooseReviewer(officer);
            officer.click(By.id("submitForm:save"));
            officer.waitForText("status", "In review");
            assertThat(officer.text(By.id("doc:messages"))).contains("The document was submitted for review.");
            // submitted too soon: taken back before the reviewer responds
            officer.click(By.id("doc:recall"));
            officer.click(By.cssSelector(".ui-confirmdialog-yes"));
            officer.waitForText("status", "Draft");
            assertThat(officer.text(By.id("doc:messages"))).contains("taken back");

            // a chapter added goes at the end, pages down, and its editor takes the focus there
            opens(officer, By.id("doc:addSection"), "sectionDialog");
            officer.type("sectionForm:title", "Local agreements " + mark);
            officer.click(By.id("sectionForm:save"));
            officer.until(d -> String.valueOf(script(officer, "var e = document.activeElement;"
                    + " var s = e && e.classList.contains('ql-editor') && e.closest('.doc-section');"
                    + " return s ? s.querySelector('h2').textContent : '';")).contains("Local agreements " + mark));
            // moved by keys, a chapter keeps the focus: each press moves it one place further
            String order = "return Array.from(document.querySelectorAll('.doc-section'))"
                    + ".map(s => s.getAttribute('data-goal')).indexOf('NUMBERS');";
            long from = (Long) script(officer, order);
            script(officer, "document.querySelector(\"[data-goal='NUMBERS'] button[id$=':down']\").focus();");
            for (long to = from + 1; to <= from + 2; to++) {
                officer.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
                long expected = to;
                officer.until(new ExpectedCondition<Boolean>() {
                    @Override
                    public Boolean apply(WebDriver driver) {
                        return expected == (Long) script(officer, order) && Boolean.TRUE.equals(script(officer,
                                "var e = document.activeElement; return e.tagName === 'BUTTON' && !e.disabled"
                                        + " && e.closest(\"[data-goal='NUMBERS']\") !== null;"));
                    }

                    @Override
                    public String toString() {
                        // what a failure shows: where the chapter is and what has the focus
                        return "chapter NUMBERS at place " + expected + " with the focus on its button, but it is at "
                                + script(officer, order) + " and the focus on " + script(officer,
                                "var e = document.activeElement; return e ? e.tagName + ' ' + (e.id || e.className)"
                                        + " + (e.disabled ? ' (disabled)' : '') : 'nothing';");
                    }
                });
            }
        }
    }

    /** A vision of Westland's submitted and adopted on {@code day} through the API; its id. */
    private long adoptedVision(String visionTitle, LocalDate day) throws Exception {
        HttpResponse<String> created = Http.postJson(URI.create(base + "api/v1/strategy/documents"),
                DEMO_OFFICER.email(), "{\"kind\":\"VISION\",\"title\":" + Json.quoted(visionTitle)
                        + ",\"municipalityCode\":\"GM1783\",\"policyFields\":[\"HOUSING\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long vision = Long.parseLong(String.valueOf(Json.at(Json.parse(created.body()), "id")));
        String documents = base + "api/v1/strategy/documents/" + vision;
        HttpResponse<String> described = Http.send("PUT", URI.create(documents), Http.tokenFor(DEMO_OFFICER.email()),
                "application/json", "{\"title\":" + Json.quoted(visionTitle) + ",\"policyFields\":[\"HOUSING\"],"
                        + "\"reviewerEmail\":" + Json.quoted(DEMO_COORDINATOR.email()) + ",\"version\":"
                        + Json.at(Json.parse(created.body()), "version") + "}");
        assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
        HttpResponse<String> submitted = Http.postJson(URI.create(documents + "/submit"), DEMO_OFFICER.email(), "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        HttpResponse<String> adopted = Http.postJson(URI.create(documents + "/adopt"),
                DEMO_COORDINATOR.email(), "{\"body\":\"COUNCIL\",\"date\":\"" + day + "\",\"reference\":\"https://raad.example/besluit 12 – visie\"}");
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(200);
        return vision;
    }

    /** The title of Westland's vision in force apart from {@code except}, as the province's overview finds it. */
    private static String westlandVisionInForce(long except) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("select title from strategy.document"
                     + " where municipality_code = 'GM1783' and kind = 'VISION' and status = 'ADOPTED' and id <> ?"
                     + " order by adoption_date desc, id desc limit 1")) {
            query.setLong(1, except);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("a vision in force").isTrue();
                return rows.getString(1);
            }
        }
    }

    private static Object script(BrowserSession browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    @Test
    void twoOfficersTypingInOneSectionEndInTheConflictViewAndLoseNothing() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String second = "tweede.westland." + mark + "@regie.example";
        TestData.accountLike(DEMO_OFFICER, second);
        try (BrowserSession anna = new BrowserSession(base);
             BrowserSession bram = new BrowserSession(base)) {
            anna.signIn(DEMO_OFFICER.email(), DEMO_OFFICER.password());
            anna.open("app/strategy/documents.xhtml");
            opens(anna, By.id("documents:newDocument"), "newDocumentDialog");
            anna.type("newDocumentForm:title", "Samen schrijven " + mark);
            anna.choose("newDocumentForm:kind", "Beleidskader");
            // saved, the dialog leads to the new document without the browser asking whether to leave the page
            script(anna, "addEventListener('beforeunload', e => sessionStorage.setItem('leaveAsked',"
                    + " String(e.defaultPrevented)));");
            anna.click(By.id("newDocumentForm:save"));
            anna.until(ExpectedConditions.urlContains("app/strategy/document.xhtml?id="));
            assertThat(script(anna, "return sessionStorage.getItem('leaveAsked');")).isEqualTo("false");
            String url = anna.driver().getCurrentUrl();

            bram.signIn(second, DEMO_OFFICER.password());
            bram.open(url.substring(url.indexOf("app/strategy/")));
            bram.waitForText("status", "Concept");
            // moving the caret through a chapter changes nothing: nothing is saved, nor said to be
            bram.click(section("LOCATIONS", ".ql-editor"));
            bram.driver().switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
            Thread.sleep(1_500);
            assertThat(bram.text(section("LOCATIONS", ".save-status"))).doesNotContain("Opgeslagen");

            write(anna, "NUMBERS", "Anna schrijft over de tellingen " + mark + ".");
            bram.click(section("NUMBERS", ".ql-editor"));
            bram.driver().findElement(section("NUMBERS", ".ql-editor")).sendKeys("Bram schrijft over de schattingen.");

            WebElement conflict = bram.until(ExpectedConditions.visibilityOfElementLocated(
                    section("NUMBERS", ".section-conflict")));
            // the editor Bram typed in gave way to the conflict: what he types on goes into the merged text
            bram.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return !!document.activeElement.closest(\"[id$=':merged']\");")));
            assertThat(conflict.findElement(By.cssSelector(".conflict-explain")).getText())
                    .as("who saved the section, and when")
                    .containsPattern(" op \\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2} opgeslagen");
            assertThat(bram.driver().findElements(section("NUMBERS", ".changed-by"))).as("not the page's older word")
                    .isEmpty();
            assertThat(conflict.findElement(By.cssSelector(".theirs")).getText()).contains("Anna schrijft");
            assertThat(conflict.findElement(By.cssSelector(".mine")).getText()).contains("Bram schrijft");
            assertThat(conflict.findElement(By.cssSelector(".word-diff")).getText()).contains("Anna").contains("Bram");
            assertThat(conflict.findElements(By.cssSelector(".word-diff ins"))).isNotEmpty();
            assertThat(conflict.findElements(By.cssSelector(".word-diff del"))).isNotEmpty();
            accessible(bram, "the conflict view");
            assertThat(leavingAsksFirst(bram)).as("leaving the conflict view would lose Bram's text").isTrue();
            assertThat(leavingAsksFirst(anna)).as("Anna's text is stored").isFalse();

            WebElement merged = bram.driver().findElement(section("NUMBERS", "[id$=':merged'] .ql-editor"));
            assertThat(merged.getText()).contains("Anna schrijft").contains("Bram schrijft");
            bram.driver().switchTo().activeElement().sendKeys(" Samen verder.");
            assertThat(merged.getText()).endsWith("Samen verder.");
            long words = java.util.Arrays.stream(merged.getText().split("\\s+")).filter(w -> w.matches(".*\\w.*"))
                    .count();
            bram.until(d -> bram.text(section("NUMBERS", ".section-conflict .word-count")).equals(words + " woorden"));
            bram.click(section("NUMBERS", "button[id$=':saveMerged']"));
            bram.until(ExpectedConditions.textToBePresentInElementLocated(section("NUMBERS", ".save-status"),
                    "Opgeslagen om"));
            assertThat(bram.driver().findElements(section("NUMBERS", ".section-conflict"))).isEmpty();
            assertThat(leavingAsksFirst(bram)).as("the merged text is stored").isFalse();

            anna.driver().navigate().refresh();
            assertThat(anna.text(section("NUMBERS", ".ql-editor"))).contains("Anna schrijft")
                    .contains("Bram schrijft").contains("Samen verder.");

            // Anna's session ends as she types: her text waits in the page until she signs in again and comes back;
            // Bram saved that chapter in between, so it is a conflict to settle, not overwritten
            anna.driver().manage().deleteCookieNamed("JSESSIONID");
            anna.click(section("LOCATIONS", ".ql-editor"));
            anna.driver().findElement(section("LOCATIONS", ".ql-editor")).sendKeys("Anna na het verlopen " + mark);
            anna.until(ExpectedConditions.urlContains("login.xhtml"));
            assertThat(anna.text(By.id("session-ended"))).startsWith("Uw sessie is beëindigd");
            write(bram, "LOCATIONS", "Bram schreef intussen " + mark + ".");
            anna.type("login:email", DEMO_OFFICER.email());
            anna.type("login:password", DEMO_OFFICER.password());
            anna.click(By.id("login:submit"));
            anna.until(ExpectedConditions.urlContains("app/strategy/document.xhtml?id="));
            WebElement kept = anna.until(ExpectedConditions.visibilityOfElementLocated(
                    section("LOCATIONS", ".section-conflict")));
            assertThat(kept.findElement(By.cssSelector(".mine")).getText()).contains("Anna na het verlopen " + mark);
            assertThat(kept.findElement(By.cssSelector(".theirs")).getText()).contains("Bram schreef intussen " + mark);
            assertThat(anna.text(section("LOCATIONS", ".save-status"))).startsWith("Niet opgeslagen");
            assertThat(anna.text(By.id("kept-text-back"))).startsWith("Tekst die u typte voordat uw sessie verliep")
                    .contains(anna.text(section("LOCATIONS", "h2")));

            // kept in two chapters: each goes back on the version it was typed on, the one Bram saved meanwhile as
            // a conflict, the other saved; putting one back sends no other on the version just loaded
            anna.driver().navigate().refresh();
            write(bram, "SUPPORT", "Bram over draagvlak " + mark + ".");
            ((JavascriptExecutor) anna.driver()).executeScript("""
                    const kept = ['SUPPORT', 'LONG_STAY'].map(goal => {
                        const section = document.querySelector("[data-goal='" + goal + "']");
                        return {id: section.getAttribute('data-section'), html: '<p>Anna bewaard ' + goal + '</p>',
                            on: section.querySelector('.save-status').getAttribute('data-based-on'),
                            title: section.querySelector('h2').textContent};
                    });
                    sessionStorage.setItem(RegieEditor.keptKey(), JSON.stringify(kept));""");
            anna.driver().navigate().refresh();
            WebElement support = anna.until(ExpectedConditions.visibilityOfElementLocated(
                    section("SUPPORT", ".section-conflict")));
            assertThat(support.findElement(By.cssSelector(".theirs")).getText()).contains("Bram over draagvlak " + mark);
            assertThat(support.findElement(By.cssSelector(".mine")).getText()).contains("Anna bewaard SUPPORT");
            anna.until(ExpectedConditions.textToBePresentInElementLocated(section("LONG_STAY", ".save-status"),
                    "Opgeslagen om"));
            bram.driver().navigate().refresh();
            assertThat(bram.text(section("SUPPORT", ".ql-editor"))).contains("Bram over draagvlak " + mark)
                    .doesNotContain("Anna bewaard");
            assertThat(bram.text(section("LONG_STAY", ".ql-editor"))).contains("Anna bewaard LONG_STAY");

            // text kept for a chapter removed meanwhile is shown to copy, also after a reload, until hidden
            ((JavascriptExecutor) bram.driver()).executeScript("""
                    sessionStorage.setItem(RegieEditor.keptKey(), JSON.stringify([{id: '-1', on: '0',
                        html: '<p>Bram in een verdwenen hoofdstuk</p>', title: 'Verdwenen hoofdstuk'}]));""");
            for (int load = 0; load < 2; load++) {
                bram.driver().navigate().refresh();
                assertThat(bram.until(ExpectedConditions.visibilityOfElementLocated(By.id("kept-text-lost")))
                        .getText()).contains("het hoofdstuk is er niet meer", "Verdwenen hoofdstuk",
                        "Bram in een verdwenen hoofdstuk");
            }
            bram.click(By.id("kept-text-hide"));
            bram.until(ExpectedConditions.invisibilityOfElementLocated(By.id("kept-text-lost")));
            bram.driver().navigate().refresh();
            bram.waitForText("status", "Concept");
            assertThat(bram.driver().findElement(By.id("kept-text-lost")).isDisplayed()).isFalse();
        }
    }

    @Test
    void theCoordinatorPublishesAChangedGuidingQuestionAsTheTemplatesNextVersion() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        try (BrowserSession coordinator = new BrowserSession(base)) {
            coordinator.signIn(DEMO_COORDINATOR.email(), DEMO_COORDINATOR.password());
            coordinator.click(By.id("nav-templates"));
            assertThat(coordinator.text(By.tagName("h1"))).isEqualTo("Sjabloon voor strategiedocumenten");
            int number = Integer.parseInt(coordinator.text(By.id("current")).replaceAll("^Huidige versie (\\d+),.*$",
                    "$1"));
            String titleId = templateField("NUMBERS", "input", coordinator);
            String title = coordinator.driver().findElement(By.id(titleId)).getAttribute("value");

            coordinator.type(titleId, " ");
            coordinator.click(By.id("templates:publish"));
            coordinator.waitForText("templates:messages", "Vul een titel in.");
            assertThat(coordinator.text(By.id("current"))).startsWith("Huidige versie " + number + ",");

            coordinator.type(titleId, title);
            String guidanceId = templateField("NUMBERS", "textarea", coordinator);
            coordinator.type(guidanceId, "Welke bronnen gebruikt u voor de schatting " + mark + "?");
            coordinator.type("templates:note", "Richtvraag over bronnen " + mark);
            coordinator.click(By.id("templates:publish"));
            coordinator.waitForText("templates:messages", "Versie " + (number + 1) + " van het sjabloon is gepubliceerd.");
            assertThat(coordinator.text(By.id("current"))).startsWith("Huidige versie " + (number + 1) + ",")
                    .contains(DEMO_COORDINATOR.displayName());
            assertThat(coordinator.driver().findElement(By.id(guidanceId)).getAttribute("value"))
                    .isEqualTo("Welke bronnen gebruikt u voor de schatting " + mark + "?");
            assertThat(coordinator.text(By.xpath("//*[@id='templates:history_data']/tr[1]")))
                    .startsWith(String.valueOf(number + 1)).contains("Richtvraag over bronnen " + mark);
            assertThat(coordinator.text(By.id("templates:history_data"))).contains(String.valueOf(number));
        }
    }

    /** The id of a field in the template's section for a learning goal. */
    private static String templateField(String goal, String field, BrowserSession browser) {
        return browser.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".template-section[data-goal='" + goal + "'] " + field))).getAttribute("id");
    }

    /** WCAG 2.1 A and AA by axe-core, as the walk over every page checks them. */
    private static void accessible(BrowserSession browser, String what) {
        Results results = Wcag.analyze(browser.driver());
        assertThat(results.getViolations().stream().flatMap(rule -> rule.getNodes().stream()
                .map(node -> rule.getId() + " at " + node.getTarget() + ": " + node.getFailureSummary())).toList())
                .as("WCAG violations on " + what).isEmpty();
    }

    /** The text of the PDF behind a link, fetched as the signed-in browser would with its session cookies. */
    private static String pdfText(BrowserSession browser, String link) throws Exception {
        HttpResponse<byte[]> response = Http.asBrowser(browser, link);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/pdf"));
        PdfReader reader = new PdfReader(response.body());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int number = 1; number <= reader.getNumberOfPages(); number++) {
                text.append(extractor.getTextFromPage(number)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** Whether the browser would ask before leaving the page: what its beforeunload handlers decide. */
    private static boolean leavingAsksFirst(BrowserSession browser) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;");
    }

    /** Pastes {@code html} into a chapter's editor as a paste from the browser's menu does. */
    private static void paste(BrowserSession browser, String goal, String html) {
        browser.paste(By.cssSelector("[data-goal='" + goal + "'] .ql-editor"), "", html);
    }

    private static String editorHtml(BrowserSession browser, String goal) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector(arguments[0]).innerHTML", "[data-goal='" + goal + "'] .ql-editor");
    }

    private static void write(BrowserSession browser, String goal, String text) {
        browser.click(section(goal, ".ql-editor"));
        browser.driver().findElement(section(goal, ".ql-editor")).sendKeys(text);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(section(goal, ".save-status"),
                "Opgeslagen om"));
    }

    /** Chooses the demo coordinator as the reviewer in the submit dialog, found by the address in its label. */
    private static void chooseReviewer(BrowserSession browser) {
        browser.click(By.id("submitForm:reviewerEmail"));
        browser.until(d -> "1".equals(((JavascriptExecutor) d).executeScript(
                "const p = document.getElementById('submitForm:reviewerEmail_panel');"
                        + " return p ? getComputedStyle(p).opacity : null;")));
        browser.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='submitForm:reviewerEmail_items']"
                + "//li[contains(@data-label, '" + DEMO_COORDINATOR.email() + "')]"))).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submitForm:reviewerEmail_label"),
                DEMO_COORDINATOR.email()));
    }

    /** Clicks a button that fills a dialog's form and then shows it, and waits until it shows. */
    private static void opens(BrowserSession browser, By button, String dialog) {
        browser.click(button);
        browser.until(ExpectedConditions.attributeToBe(By.id(dialog), "aria-hidden", "false"));
    }

    /** Types into a field of a form that an ajax update may still be replacing. */
    private static void typeAfterUpdate(BrowserSession browser, String id, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                browser.type(id, text);
                return;
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
            }
        }
    }

    private static void submit(BrowserSession officer, boolean chooseReviewer) {
        submit(officer, chooseReviewer, null);
    }

    private static void submit(BrowserSession officer, boolean chooseReviewer, String note) {
        opens(officer, By.id("doc:submit"), "submitDialog");
        if (chooseReviewer) {
            chooseReviewer(officer);
        }
        if (note != null) {
            officer.type("submitForm:note", note);
        }
        JavascriptExecutor js = (JavascriptExecutor) officer.driver();
        js.executeScript("window.regieErrors = []; window.addEventListener('error', function (e) {"
                + " window.regieErrors.push(e.message); });");
        officer.click(By.id("submitForm:save"));
        officer.waitForText("status", "Ter beoordeling");
        // the submit button is gone with the draft: the focus goes to what the page says, not to its top
        officer.until(d -> !"body".equals(d.switchTo().activeElement().getTagName()));
        // the editors the answer took off the page report nothing more
        assertThat((List<?>) js.executeScript("return window.regieErrors;")).as("script errors").isEmpty();
    }

    private static By section(String goal, String inside) {
        return By.cssSelector("[data-goal='" + goal + "'] " + inside);
    }

    private static void closeDialogs(BrowserSession browser) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "Object.values(PrimeFaces.widgets).forEach(w => w instanceof PrimeFaces.widget.Dialog && w.hide());");
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-dialog[aria-hidden='false']")));
    }
}
