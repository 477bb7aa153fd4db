/**
 * The records every stage passes downstream: articles as read, what the NLP saw in them,
 * the entities and facts extracted, and their exported shapes. Records and enums, no library types,
 * so every stage can be tested on hand-built values; the one exception to "no logic" is the fact schema
 * ({@link org.newsfacts.model.FactType}, {@link org.newsfacts.model.FactSchema}, {@link org.newsfacts.model.Slots}),
 * which lives here, at the bottom, so that every stage reads the one definition of each fact type.
 */
package org.newsfacts.model;
