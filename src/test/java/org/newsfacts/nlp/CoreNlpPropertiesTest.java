package org.newsfacts.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.stanford.nlp.parser.nndep.Config;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.newsfacts.config.NlpConfig;

class CoreNlpPropertiesTest {

    @Test
    void runsOnlyWhatTheRulesNeedWithHeadingsKeptApart() {
        Properties props = CoreNlpProperties.from(NlpConfig.defaults());
        assertEquals("tokenize,ssplit,pos,lemma,ner", props.getProperty("annotators"));
        assertEquals("two", props.getProperty("ssplit.newlineIsSentenceBreak"));
        assertEquals("false", props.getProperty("ner.applyFineGrained"));
        assertEquals("true", props.getProperty("ner.useSUTime"));
        assertEquals("false", props.getProperty("ner.docdate.usePresent"), "dates never depend on today");
        assertEquals("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz", props.getProperty("ner.model"));
    }

    @Test
    void capsSentenceLengthForTaggers() {
        Properties props = CoreNlpProperties.from(new NlpConfig(80, Duration.ofSeconds(5), NlpConfig.DEFAULT_MAX_RUN_CHARS));
        assertEquals("80", props.getProperty("pos.maxlen"));
        assertEquals("80", props.getProperty("ner.maxlen"));
    }

    @Test
    void tokenizerAndNerRunAsStagesOfTheirOwnWithTheSameSettings() {
        Properties all = CoreNlpProperties.from(NlpConfig.defaults());
        assertEquals("tokenize", CoreNlpProperties.tokenizeStage(all).getProperty("annotators"));
        assertEquals("ssplit,pos,lemma", CoreNlpProperties.taggingStage(all).getProperty("annotators"),
                "NER runs as the third stage, SUTime routed by TimeCues");
        assertEquals("two", CoreNlpProperties.tokenizeStage(all).getProperty("ssplit.newlineIsSentenceBreak"));
        assertEquals("tokenize,ssplit,pos,lemma,ner", all.getProperty("annotators"), "the full set is not changed");
    }

    @Test
    void parserUsesTheUniversalDependenciesModelAndTheTaggingPipelineLoadsNoParser() {
        assertEquals("edu/stanford/nlp/models/parser/nndep/english_UD.gz", CoreNlpProperties.PARSER_MODEL);
        Properties all = CoreNlpProperties.from(NlpConfig.defaults());
        assertFalse(all.getProperty("annotators").contains("parse"), "the parser is called directly, not as an annotator");
    }

    @Test
    void parserCacheSettingIsOneTheParserReads() {
        Config parser = new Config(CoreNlpProperties.parser());
        assertEquals(CoreNlpProperties.PARSER_CACHE, parser.numCached, "a misspelled key would leave CoreNLP's 5,000");
        assertEquals(new Config(new Properties()).numPreComputed, parser.numPreComputed, "nothing else changes");
    }

    @Test
    void taggingStageInsistsOnNerComingLast() {
        Properties all = CoreNlpProperties.from(NlpConfig.defaults());
        all.setProperty("annotators", "tokenize,ssplit,pos,ner,lemma");
        assertThrows(IllegalStateException.class, () -> CoreNlpProperties.taggingStage(all));
    }
}
