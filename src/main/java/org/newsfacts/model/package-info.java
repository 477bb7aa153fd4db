/**
 * The records every stage passes downstream: articles as read, what the NLP saw in them,
 * the entities and facts extracted, and their exported shapes. Records and enums only, no logic,
 * and no library types, so every stage can be tested on hand-built values.
 */
package org.newsfacts.model;
