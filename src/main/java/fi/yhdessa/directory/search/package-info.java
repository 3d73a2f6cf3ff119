/**
 * The directory's search on Apache Lucene (issue 20, ADR 0015): how texts and a family's words
 * become terms in Finnish, Swedish and English, the index that each node builds from PostgreSQL, and the
 * anonymous counting of searches and clicks the editors learn from.
 */
package fi.yhdessa.directory.search;
