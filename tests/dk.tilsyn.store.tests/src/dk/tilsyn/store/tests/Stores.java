package dk.tilsyn.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import dk.tilsyn.store.StoreLocations;

/**
 * The two kinds of store the tests run against: a fresh embedded H2 file, and a fresh schema
 * in the real PostgreSQL of $TILSYN_PG_URL (./mvnw starts one). Without that variable the
 * PostgreSQL tests fail, never skip.
 */
public enum Stores {
	H2, POSTGRES;

	public static final String PG_URL_VARIABLE = "TILSYN_PG_URL";
	private static final AtomicInteger SCHEMAS = new AtomicInteger();

	/** A new, empty store's URL. */
	public String freshUrl(Path folder) {
		return switch (this) {
		case H2 -> StoreLocations.embeddedUrl(folder.resolve("store-" + SCHEMAS.incrementAndGet()));
		case POSTGRES -> freshSchema();
		};
	}

	public static String postgresUrl() {
		String url = System.getenv(PG_URL_VARIABLE);
		if (url == null || url.isBlank()) {
			throw new AssertionError(PG_URL_VARIABLE + " is not set: the PostgreSQL store tests need a server."
					+ " Build with ./mvnw (it starts a throw-away PostgreSQL when one is installed:"
					+ " apt-get install postgresql) or set " + PG_URL_VARIABLE + "=jdbc:postgresql://HOST:PORT/DB?user=U."
					+ (System.getenv("CI") != null ? " In CI this is an error of the CI set-up." : ""));
		}
		return url;
	}

	private static String freshSchema() {
		String url = postgresUrl();
		String schema = "t" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000_000L + "_"
				+ SCHEMAS.incrementAndGet();
		try (Connection connection = new org.postgresql.Driver().connect(url, new Properties());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
		} catch (SQLException e) {
			throw new AssertionError("cannot create a schema in " + url.split("\\?")[0] + ": " + e.getMessage(), e);
		}
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}
}
