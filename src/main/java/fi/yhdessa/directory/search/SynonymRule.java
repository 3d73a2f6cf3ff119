package fi.yhdessa.directory.search;

/** An editor's synonym: a phrase in everyday words of a language that also searches for the expansion (tarhapaikka → päiväkoti). */
public record SynonymRule(String phrase, String expansion, SearchLanguage language) {
}
