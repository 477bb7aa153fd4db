/**
 * Writing Lucene: {@link org.newsfacts.index.ArticleIndexer} stores each analysed article as one
 * document, after {@code facts} and before {@code search}. Only this package and {@code search}
 * import Lucene; {@link org.newsfacts.index.ArticleFields} and
 * {@link org.newsfacts.index.FoldingAnalyzer} are the contract the two share.
 *
 * <h2>Document layout (one per article)</h2>
 * <table>
 * <caption>fields</caption>
 * <tr><th>field</th><th>indexed as</th><th>why</th></tr>
 * <tr><td>{@code id}</td><td>StringField, stored; SortedDocValues</td><td>exact lookup, replace by id</td></tr>
 * <tr><td>{@code path}</td><td>StringField, stored; SortedDocValues</td><td>replace/delete by path;
 *     {@code pathToId} and stable export order read the doc values, not stored fields</td></tr>
 * <tr><td>{@code title}</td><td>TextField, stored</td><td>searched (boosted x2), shown</td></tr>
 * <tr><td>{@code date}</td><td>LongPoint + NumericDocValues on the epoch day; stored YYYY-MM-DD</td>
 *     <td>range filters, newest-first sorting, display; absent when the article has no date</td></tr>
 * <tr><td>{@code language}</td><td>StringField (lowercased), stored</td><td>{@code language:ru}</td></tr>
 * <tr><td>{@code text}</td><td>TextField, stored, offsets in postings</td><td>searched; snippets by the
 *     UnifiedHighlighter without re-analysis</td></tr>
 * <tr><td>{@code text_pairs}</td><td>the text again as word pairs ("space station"), positions, not stored</td>
 *     <td>an exact phrase is first narrowed to the articles holding its pairs: fast exact counts</td></tr>
 * <tr><td>{@code entity}</td><td>TextField, not stored, one value per name and alias</td>
 *     <td>free-text queries find an entity by any spelling variant</td></tr>
 * <tr><td>{@code entity_<type>}</td><td>StringField per canonical name and alias, lowercased and
 *     ASCII-folded ({@code entity_agency=roscosmos})</td><td>exact entity filters</td></tr>
 * <tr><td>{@code fact_type}</td><td>StringField per fact type present, lowercased</td><td>fact-type filter</td></tr>
 * <tr><td>{@code $facets}</td><td>SortedSetDocValues facets: dims {@code entity_PERSON} ... (canonical
 *     names, DATE excluded) and {@code fact_type} (FactType names)</td><td>facet counts</td></tr>
 * <tr><td>{@code analysis}</td><td>StoredField, the whole Analysis as JSON bytes</td>
 *     <td>facts, entities and export read it back and never re-run NLP</td></tr>
 * </table>
 *
 * <p>Text fields are analysed by {@link org.newsfacts.index.FoldingAnalyzer} (Unicode word breaks,
 * lowercase, ASCII folding), at index and query time alike.
 */
package org.newsfacts.index;
