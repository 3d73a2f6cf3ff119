package fi.yhdessa.directory.search;

import static fi.yhdessa.directory.search.SearchLanguage.FI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The first activities of a search in one pass: each once, led by its best service, wherever that stands in the index. */
class TopActivitiesTests {

	private static final Sort BY_NAME = new Sort(IndexFields.byName().toArray(SortField[]::new));

	@Test
	void eachActivityComesOnceLedByItsBestServiceEvenWhenThatIsIndexedLast() throws Exception {
		List<IndexedService> services = List.of(service("Cirkus", "circus"), service("Bändi", "band"), service("Draama", "drama"),
				service("Akrobatia", "circus"), service("Cirkus", "circus"));
		try (Directory directory = indexed(services); DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			assertThat(namesOfTop(searcher, 3, services)).containsExactly("Akrobatia", "Bändi", "Draama");
			assertThat(namesOfTop(searcher, 2, services)).as("the last activity held gives way to a better one").containsExactly("Akrobatia", "Bändi");
		}
	}

	@Test
	void activitiesFoundInSlicesSearchedApartAreMergedInOrderEachOnce() throws Exception {
		List<IndexedService> services = List.of(service("Draama", "drama"), service("Cirkus", "circus"), service("Bändi", "band"),
				service("Akrobatia", "circus"), service("Elokuva", "film"));
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try (Directory directory = indexed(services); DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader, executor) {
				@Override
				protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
					return slices(leaves, 1, 1, false);
				}
			};
			assertThat(searcher.getSlices()).as("a slice a segment").hasSize(services.size());
			assertThat(namesOfTop(searcher, 3, services)).containsExactly("Akrobatia", "Bändi", "Draama");
		}
		finally {
			executor.shutdown();
		}
	}

	/** The services in this order, each in a segment of its own. */
	private static Directory indexed(List<IndexedService> services) throws Exception {
		Directory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
			for (IndexedService service : services) {
				writer.addDocument(ServiceDocument.of(service));
				writer.commit();
			}
		}
		return directory;
	}

	private static List<String> namesOfTop(IndexSearcher searcher, int wanted, List<IndexedService> services) throws Exception {
		List<TopActivities.Found> found = searcher.search(new MatchAllDocsQuery(),
				new TopActivities(BY_NAME, wanted, ActivityOrdinals.of(searcher.getIndexReader())));
		return found.stream().map(top -> services.get(top.doc()).names().get(FI)).toList();
	}

	private static IndexedService service(String name, String activity) {
		return new IndexedService(UUID.randomUUID(), Map.of(FI, name), Map.of(), List.of(), Map.of(), List.of("179"),
				new IndexedService.Traits("ACTIVITY", List.of("fi"), List.of(), true, true, 0, 6, List.of(), activity));
	}
}
