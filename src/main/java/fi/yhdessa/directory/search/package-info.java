/**
 * The directory's search on Apache Lucene (issue 20, ADR 0015): how texts and a family's words
 * become terms in Finnish, Swedish and English, and the index that each node builds from PostgreSQL.
 */
package fi.yhdessa.directory.search;
