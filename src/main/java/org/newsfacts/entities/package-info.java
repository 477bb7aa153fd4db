/**
 * From tagged sentences to entities: the domain gazetteer fixes what generic NER gets wrong for
 * space news, named flights are recognised by pattern, and every mention is resolved to a canonical
 * name (surname-only mentions to the fullest form used in the same article). No NLP library types.
 */
package org.newsfacts.entities;
