package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scheduled work runs once across nodes: two schedulers on one database never run a job at the same time, nor each its own copy. */
@SpringBootTest(properties = { "yhdessa.demo.load=false", "yhdessa.db.name=yhdessa_roles" })
class ClusterJobsIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aJobDueEveryFewTenthsOfASecondRunsOnOneNodeAtATimeWhileTwoLookForIt() throws InterruptedException {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		AtomicInteger runs = new AtomicInteger();
		ClusterJob job = ClusterJob.every("test.counting", Duration.ofMillis(200), () -> {
			mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
			runs.incrementAndGet();
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			running.decrementAndGet();
		});
		ClusterJobs one = new ClusterJobs(dataSource, List.of(job), Duration.ofMillis(50), Duration.ofSeconds(1));
		ClusterJobs other = new ClusterJobs(dataSource, List.of(job), Duration.ofMillis(50), Duration.ofSeconds(1));
		one.start();
		other.start();
		Thread.sleep(3000);
		one.stop();
		other.stop();

		assertThat(mostAtOnce).as("runs at the same time").hasValue(1);
		// Every 300 ms at most (200 ms pause after a 100 ms run): about ten in three seconds once across nodes, twenty if each node ran its own.
		assertThat(runs.get()).isBetween(5, 12);
		assertThat(jdbc.sql("select count(*) from platform.scheduled_tasks where task_name = 'test.counting'").query(Long.class).single()).isOne();
	}

	@Test
	void aJobRunsAtAnIntervalOrOnACronExpressionAndADashSwitchesACronJobOff() {
		assertThatThrownBy(() -> new ClusterJob("test.both", Duration.ofMinutes(1), "0 0 * * * *", () -> {
		})).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ClusterJob.every("test.zero", Duration.ZERO, () -> {
		})).isInstanceOf(IllegalArgumentException.class);
		assertThat(ClusterJobs.tasks(List.of(ClusterJob.at("test.off", "-", () -> {
		}), ClusterJob.at("test.nightly", "0 30 2 * * *", () -> {
		})))).extracting(task -> task.getName()).containsExactly("test.nightly");
	}

	@Test
	void twoJobsOfOneNameAreRefused() {
		ClusterJob job = ClusterJob.every("test.twice", Duration.ofMinutes(1), () -> {
		});
		assertThatThrownBy(() -> ClusterJobs.tasks(List.of(job, job))).isInstanceOf(IllegalStateException.class).hasMessageContaining("test.twice");
	}
}
