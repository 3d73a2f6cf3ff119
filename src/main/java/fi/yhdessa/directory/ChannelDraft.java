package fi.yhdessa.directory;

/** A way into a service; {@code address} is a phone number or a web address where the kind has one. */
public record ChannelDraft(ChannelKind kind, String address) {
}
