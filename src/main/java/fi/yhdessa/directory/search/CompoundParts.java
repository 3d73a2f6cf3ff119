package fi.yhdessa.directory.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The words a compound is split into: a general list of the words family services' compounds are
 * made of ({@code search/compound-parts.txt}), and the directory's own words — each word of at least
 * {@value #SHORTEST} letters in the names of its services and service kinds (shorter ones, such as
 * isä or yö, only from the general list, so that a name's every short word does not split others).
 */
final class CompoundParts {

	private static final Pattern WORD = Pattern.compile("\\p{L}+");
	private static final int SHORTEST = 4;
	private final CharArraySet words;

	private CompoundParts(CharArraySet words) {
		this.words = words;
	}

	/** No parts: each word as a whole. */
	static CompoundParts none() {
		return new CompoundParts(CharArraySet.EMPTY_SET);
	}

	/** The general list only. */
	static CompoundParts general() {
		CharArraySet words = new CharArraySet(512, false);
		try (InputStream list = CompoundParts.class.getResourceAsStream("/search/compound-parts.txt")) {
			new String(list.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(words::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new CompoundParts(words);
	}

	/** The general list and the words of these names. */
	static CompoundParts withWordsOf(Collection<String> names) {
		CompoundParts parts = general();
		for (String name : names) {
			if (name == null) {
				continue;
			}
			Matcher word = WORD.matcher(name.toLowerCase(Locale.ROOT));
			while (word.find()) {
				if (word.end() - word.start() >= SHORTEST) {
					parts.words.add(word.group());
				}
			}
		}
		return parts;
	}

	/** The general list and the words of these services' names and kinds. */
	static CompoundParts of(Collection<IndexedService> services) {
		List<String> names = new ArrayList<>();
		for (IndexedService service : services) {
			names.addAll(service.names().values());
			service.kinds().values().forEach(names::addAll);
		}
		return withWordsOf(names);
	}

	/** Keeps these parts in a file, one word a line, so that an index's copy on disk is read with the parts it was made with. */
	void write(Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		for (Object word : words) {
			lines.add(new String((char[]) word));
		}
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

	/** The parts {@link #write(Path)} kept. */
	static CompoundParts read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		CharArraySet words = new CharArraySet(lines.size(), false);
		lines.forEach(words::add);
		return new CompoundParts(words);
	}

	CharArraySet words() {
		return words;
	}

	int size() {
		return words.size();
	}
}
