package fi.yhdessa.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What depends on the moment and the place: on Wednesday 25 November 2026 at 10.15 in Finland. */
@SpringBootTest
class SearchFiltersIntegrationTests {

	@TestConfiguration
	static class WednesdayMorning {

		@Bean
		@Primary
		Clock wednesdayMorning() {
			ZoneId finland = ZoneId.of("Europe/Helsinki");
			return Clock.fixed(ZonedDateTime.of(2026, 11, 25, 10, 15, 0, 0, finland).toInstant(), finland);
		}
	}

	@Autowired
	Directory directory;

	@Test
	void keepsOnlyWhatIsOpenAtThisMoment() {
		SearchRequest activities = new SearchRequest("", "801", null, null, null, null, ServiceKind.ACTIVITY, false, false, true, null, false, 1, 50);
		assertThat(directory.search(activities).hits()).extracting(hit -> hit.name().fi())
			.contains("Satutunti kirjastossa, Järvilinna", "Seurakunnan perhekerho, Järvilinna")
			.doesNotContain("Nuorisotalo Järvilinna", "MLL:n perhekahvila, Järvilinna");
	}

	@Test
	void putsTheNearestFirstFromAPostcode() {
		SearchResults results = directory.search(SearchRequest.of("lastenneuvola").near(SearchRequest.Near.postcode("42300")));
		assertThat(results.nearestFirst()).isTrue();
		assertThat(results.hits().getFirst().name().fi()).isEqualTo("Peltolan lastenneuvola");
		assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.distanceKm()).isNotNull());
		assertThat(results.hits().get(0).distanceKm()).isLessThan(results.hits().get(1).distanceKm());
	}

	@Test
	void ignoresAPostcodeItDoesNotKnow() {
		SearchResults results = directory.search(SearchRequest.of("lastenneuvola").near(SearchRequest.Near.postcode("99999")));
		assertThat(results.nearestFirst()).isFalse();
		assertThat(results.hits()).isNotEmpty();
	}

	@Test
	void listsTheSevenDaysFromTodayWithEachDaysSessions() {
		List<ActivityDay> week = directory.activitiesThisWeek("801", null);
		assertThat(week).hasSize(7);
		assertThat(week.getFirst().day()).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(week.getFirst().activities()).extracting(a -> a.name().fi())
			.contains("Satutunti kirjastossa, Järvilinna", "Seurakunnan perhekerho, Järvilinna")
			.doesNotContain("Isä-lapsi-kerho, Järvilinna");
		assertThat(week.get(3).activities()).extracting(a -> a.name().fi()).contains("Isä-lapsi-kerho, Järvilinna");
		assertThat(week.getFirst().activities()).isSortedAccordingTo(java.util.Comparator.comparing(ActivityOccurrence::starts));
	}

	@Test
	void writesAWeeklyRecurringEventForEachSessionOfAnActivity() {
		UUID cafe = UUID.nameUUIDFromBytes("yhdessa-demo/service/mll-family-cafe/801".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		String feed = directory.activityFeed(cafe, java.util.Locale.of("fi"), "https://yhdessa.example").orElseThrow();
		assertThat(feed).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
			.contains("BEGIN:VTIMEZONE", "RRULE:FREQ=WEEKLY;BYDAY=TU", "RRULE:FREQ=WEEKLY;BYDAY=FR")
			.contains("DTSTART;TZID=Europe/Helsinki:20261127T093000")
			.contains("SUMMARY:MLL:n perhekahvila\\, Järvilinna")
			.contains("URL:https://yhdessa.example/services/" + cafe);
		assertThat(feed.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
	}

	@Test
	void hasNoFeedForAServiceThatIsNotAnActivity() {
		UUID guidance = UUID.nameUUIDFromBytes("yhdessa-demo/service/guidance/801".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(directory.activityFeed(guidance, java.util.Locale.of("fi"), "https://yhdessa.example")).isEmpty();
	}

	@Test
	void countsTheResultsByMunicipalityTopicAndChannel() {
		SearchResults results = directory.search(SearchRequest.of("lastenneuvola"));
		assertThat(results.facet("municipality")).hasSize(11).allSatisfy(f -> assertThat(f.count()).isPositive());
		assertThat(results.facet("topic")).extracting(SearchResults.FacetCount::value).contains("health");
		assertThat(results.facet("channel")).extracting(SearchResults.FacetCount::value).contains("VISIT", "PHONE");
	}
}
