package org.newsfacts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsfacts.pipeline.CorpusIndex;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * End to end in a real headless Chromium against a server on {@code corpus/}'s index: what a newcomer does
 * with {@code newsfacts serve}. Each page's screenshot is kept under {@code target/screenshots/}.
 */
@Tag("models") // ingests corpus/ through CoreNLP
class WebBrowserTest {
    private static WebServer server;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        server = WebServer.start(TestServers.config(CorpusIndex.path()));
        base = "http://127.0.0.1:" + server.port();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    @Test
    void findsTheRoscosmosLeadershipChangeOnItsTimelineWithinThreeClicksFromTheSearchPage() throws Exception {
        browser.open(base + "/");
        browser.screenshot("search-empty");
        int clicks = 0;
        browser.driver().findElement(By.name("q")).sendKeys("Roscosmos");
        browser.click(By.cssSelector("form.search button"));
        clicks++;
        browser.screenshot("search");
        browser.click(By.xpath("(//article[@class='hit']//a[@class='pill'][normalize-space(.)='Roscosmos'])[1]"));
        clicks++;
        browser.until(By.cssSelector("h1.entity-name"));
        assertTrue(browser.driver().findElement(By.cssSelector("h1.entity-name")).getText().startsWith("Roscosmos"));
        assertTrue(clicks <= 3);
        List<WebElement> changes = browser.driver().findElements(
                By.xpath("//div[@id='timeline']//tr[.//span[@class='type'][.='LEADERSHIP_CHANGE']]"));
        assertTrue(changes.stream().anyMatch(row -> row.getText().contains("Yuri Borisov") && row.getText().contains("Dmitry Rogozin")),
                "no Rogozin -> Borisov change on the timeline");
        assertFalse(browser.driver().findElements(By.cssSelector("figure.chart svg rect.mark")).isEmpty(), "timeline chart drew no fact");
        browser.screenshot("entity");
    }

    @Test
    void opensAnArticleWithMarkedEntitiesAndEvidenceThenFollowsAnEntityLink() throws Exception {
        browser.open(base + "/?q=Soyuz");
        browser.click(By.cssSelector("article.hit a.hit-title"));
        browser.until(By.cssSelector("h1.article-title"));
        assertFalse(browser.driver().findElements(By.cssSelector(".article-text a.ent-agency")).isEmpty());
        assertFalse(browser.driver().findElements(By.cssSelector(".article-text mark")).isEmpty(), "no evidence highlighted");
        assertFalse(browser.driver().findElements(By.cssSelector("table.facts tbody tr")).isEmpty());
        browser.screenshot("article");
        browser.click(By.cssSelector(".article-text a.ent-person"));
        browser.until(By.cssSelector("h1.entity-name"));
        assertTrue(browser.driver().findElement(By.cssSelector("h1.entity-name")).getText().contains("PERSON"));
        browser.screenshot("entity-person");
    }

    @Test
    void filtersFactsAndDownloadsTheFilteredCsv() throws Exception {
        browser.open(base + "/facts");
        new Select(browser.driver().findElement(By.name("type"))).selectByValue("FLIGHT_ASSIGNMENT");
        WebElement merged = browser.driver().findElement(By.name("merged"));
        if (!merged.isSelected()) {
            merged.click();
        }
        browser.click(By.cssSelector("form.filters button"));
        List<WebElement> types = browser.driver().findElements(By.cssSelector("table.facts tbody span.type"));
        assertFalse(types.isEmpty());
        types.forEach(t -> assertEquals("FLIGHT_ASSIGNMENT", t.getText()));
        browser.screenshot("facts");
        String csv = browser.driver().findElement(By.xpath("//a[@class='download'][.='CSV']")).getAttribute("href");
        assertTrue(csv.contains("/api/export?what=merged-facts") && csv.contains("type=FLIGHT_ASSIGNMENT"), csv);
        HttpResponse<String> download = new Http(server.port()).get(csv.substring(base.length()));
        assertEquals(200, download.statusCode());
        List<String> lines = download.body().lines().toList();
        assertEquals(types.size() + 1, lines.size(), download.body());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("FLIGHT_ASSIGNMENT")), download.body());
    }

    @Test
    void overviewDrawsFactsPerMonthAndTopEntities() throws Exception {
        browser.open(base + "/about");
        assertFalse(browser.driver().findElements(By.cssSelector("figure.chart svg rect.bar")).isEmpty());
        assertFalse(browser.driver().findElements(By.cssSelector(".entity-list li a")).isEmpty());
        browser.screenshot("overview");
    }
}
