package fi.yhdessa.platform;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link ClusterJob} on db-scheduler: each job is one row in {@code platform.scheduled_tasks},
 * and a node claims a due run by updating that row, so a run happens on one node however many there
 * are. A node that dies while running a job stops sending heartbeats; after a few missed ones another
 * node takes the run over. Started when the application context is, stopped before its connections go.
 */
@Component
class ClusterJobs implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);
	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	private final DataSource dataSource;
	private final List<RecurringTask<Void>> tasks;
	private final Duration poll;
	private final Duration heartbeat;
	private Scheduler scheduler;

	ClusterJobs(DataSource dataSource, List<ClusterJob> jobs, @Value("${yhdessa.jobs.poll:PT5S}") Duration poll,
			@Value("${yhdessa.jobs.heartbeat:PT10S}") Duration heartbeat) {
		this.dataSource = dataSource;
		this.tasks = tasks(jobs);
		this.poll = poll;
		this.heartbeat = heartbeat;
	}

	static List<RecurringTask<Void>> tasks(List<ClusterJob> jobs) {
		Set<String> seen = new HashSet<>();
		return jobs.stream().filter(job -> !job.switchedOff()).map(job -> {
			if (!seen.add(job.name())) {
				throw new IllegalStateException("Two cluster jobs are called " + job.name());
			}
			Schedule schedule = job.every() != null ? Schedules.fixedDelay(job.every()) : Schedules.cron(job.cron(), HELSINKI);
			return Tasks.recurring(job.name(), schedule).execute((instance, context) -> job.work().run());
		}).toList();
	}

	/** A stopped db-scheduler does not start again, so each start (a paused test context resumed, too) makes a new one. */
	@Override
	public synchronized void start() {
		scheduler = Scheduler.create(dataSource)
			.startTasks(tasks)
			.tableName("platform.scheduled_tasks")
			.threads(2)
			.pollingInterval(poll)
			.heartbeatInterval(heartbeat)
			.schedulerName(new SchedulerName.Fixed(ManagementFactory.getRuntimeMXBean().getName()))
			.shutdownMaxWait(Duration.ofSeconds(20))
			.build();
		scheduler.start();
		log.info("Cluster jobs: {}", tasks.stream().map(RecurringTask::getName).toList());
	}

	@Override
	public synchronized void stop() {
		if (scheduler != null) {
			scheduler.stop();
			scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}
}
