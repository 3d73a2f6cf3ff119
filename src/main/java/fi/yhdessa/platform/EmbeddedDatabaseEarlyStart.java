package fi.yhdessa.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

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
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			DatabaseSettings settings = Binder.get(prepared.getEnvironment()).bindOrCreate("yhdessa", DatabaseSettings.class);
			if (!settings.db().external() && !settings.db().sharedPerJvm()) {
				Path dataDir = settings.dataDir().toAbsolutePath().normalize();
				starting.computeIfAbsent(dataDir,
						dir -> CompletableFuture.supplyAsync(() -> EmbeddedDatabase.start(dir, settings.db().port(), true)));
			}
		}
		else if (event instanceof ApplicationFailedEvent) {
			starting.values().forEach(future -> future.thenAccept(EmbeddedDatabase::close));
			starting.clear();
		}
	}

	/** The server started early for the data directory, or one started now. */
	static EmbeddedDatabase take(Path dataDir, int port) {
		CompletableFuture<EmbeddedDatabase> early = starting.remove(dataDir);
		if (early == null) {
			return EmbeddedDatabase.start(dataDir, port, true);
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
