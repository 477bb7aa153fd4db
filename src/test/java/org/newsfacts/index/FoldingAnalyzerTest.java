package org.newsfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.EntityType;

class FoldingAnalyzerTest {
    private final FoldingAnalyzer analyzer = new FoldingAnalyzer();

    private List<String> terms(String field, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void textIsSplitLowercasedAndFoldedButCyrillicKept() throws IOException {
        assertEquals(List.of("корабль", "союз", "rogozin", "cafe", "crew", "dragon"),
                terms(ArticleFields.TEXT, "Корабль «Союз», ROGOZIN; Café Crew-Dragon."));
    }

    @Test
    void keywordFieldsKeepTheWholeValue() throws IOException {
        assertEquals(List.of("international space station"),
                terms(ArticleFields.entityField(EntityType.STATION), "International Space Station"));
        assertEquals("roscosmos", analyzer.keyword("entity_agency", " Roscosmos "));
        assertEquals("leadership_change", analyzer.keyword(ArticleFields.FACT_TYPE, "LEADERSHIP_CHANGE"));
        assertEquals("союз", analyzer.keyword("entity_spacecraft", "Союз"));
    }

    @Test
    void idsAndPathsStayExact() throws IOException {
        assertEquals(List.of("News/Seat Swap.TXT"), terms(ArticleFields.PATH, "News/Seat Swap.TXT"));
        assertEquals("A1B2", analyzer.keyword(ArticleFields.ID, "A1B2"));
    }
}
