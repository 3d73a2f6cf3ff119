package fi.yhdessa.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.aot.AbstractAotProcessor;

/**
 * Starts the embedded PostgreSQL on a background thread as soon as the configuration is known, so
 * that the server starts while Spring builds the application context (it mostly waits for
 * {@code pg_ctl}); the data source bean then takes the running server. A start that fails before
 * the bean took the server stops it again. Registered in {@code META-INF/spring.factories}.
 */
class EmbeddedDatabaseEarlyStart implements ApplicationListener<ApplicationEvent> {

	private static final Map<Path, CompletableFuture<EmbeddedDatabase>> starting = new ConcurrentHashMap<>();

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared && !processedAheadOfTime() && isPlatform(prepared.getSpringApplication())) {
			Binder binder = Binder.get(prepared.getEnvironment());
			DatabaseSettings settings = binder.bindOrCreate("yhdessa", DatabaseSettings.class);
			BackupSettings backup = binder.bindOrCreate("yhdessa.backup", BackupSettings.class);
			if (!settings.db().external() && !settings.db().sharedPerJvm()) {
				Path dataDir = settings.dataDir().toAbsolutePath().normalize();
				starting.computeIfAbsent(dataDir, dir -> CompletableFuture.supplyAsync(() -> startDurable(dir, settings, backup)));
			}
		}
		else if (event instanceof ApplicationFailedEvent) {
			starting.values().forEach(future -> future.thenAccept(EmbeddedDatabase::close));
			starting.clear();
		}
	}

	/**
	 * Whether the application is the platform, whose sources are its own classes: another Spring
	 * application in the same JVM (the tests' OpenID Connect provider) wants no database, and one
	 * started for it with the default settings would be left running in {@code ./data}.
	 */
	static boolean isPlatform(SpringApplication application) {
		return application.getAllSources().stream().anyMatch(source -> source instanceof Class<?> type && type.getPackageName().startsWith("fi.yhdessa"));
	}

	/** Whether a server is being started early for the data directory. */
	static boolean startingFor(Path dataDir) {
		return starting.containsKey(dataDir.toAbsolutePath().normalize());
	}

	/** While the build processes the application ahead of time ({@code spring-boot:process-aot}) no bean is created: no server is wanted. */
	private static boolean processedAheadOfTime() {
		return Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING);
	}

	/** The platform's own server: every commit flushed, its WAL archived for backups, a backup restored first when asked. */
	static EmbeddedDatabase startDurable(Path dataDir, DatabaseSettings settings, BackupSettings backup) {
		return EmbeddedDatabase.start(dataDir, settings.db().port(), true, backup.enabled() ? backup.walArchive(dataDir) : null,
				backup.restoreAtStart(dataDir));
	}

	/** The server started early for the data directory, or one started now. */
	static EmbeddedDatabase take(Path dataDir, DatabaseSettings settings, BackupSettings backup) {
		CompletableFuture<EmbeddedDatabase> early = starting.remove(dataDir);
		if (early == null) {
			return startDurable(dataDir, settings, backup);
		}
		try {
			return early.join();
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw e;
		}
	}
}
