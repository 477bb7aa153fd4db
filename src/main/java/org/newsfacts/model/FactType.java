package org.newsfacts.model;

/** Fact types of FACTS-SCHEMA v1. ROLE is a by-product and not part of the headline score. */
public enum FactType {
    FLIGHT_ASSIGNMENT, LEADERSHIP_CHANGE, AGREEMENT, ROLE
}
