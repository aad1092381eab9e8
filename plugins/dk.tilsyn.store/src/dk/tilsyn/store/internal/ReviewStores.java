package dk.tilsyn.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.store.Principal;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreException;
import dk.tilsyn.store.StoreUrlException;

/**
 * Opens stores: checks the URL ({@link StoreUrls}), connects to the embedded H2 file or to
 * PostgreSQL with the store's settings, brings the tables up to date ({@link Schema}) and hands
 * back the store. {@link ReviewStore#open} comes here, so the API names no implementation.
 */
public final class ReviewStores {
	/**
	 * PostgreSQL mode for the one SQL path; WRITE_DELAY=0 writes each commit to the file at once
	 * (H2's default waits up to 500 ms, and a killed process would lose what was committed);
	 * TRACE_LEVEL_FILE=0: no tilsyn.trace.db beside the store (H2 writes errors there, with
	 * the statements' values).
	 */
	private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
			+ ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
	/**
	 * PostgreSQL time limits, unless the URL sets them: the TCP connect, the login (a server
	 * that takes the connection and never answers), each read while logging in, and a statement
	 * (the server cancels it; reads after the login wait a little longer than that).
	 */
	private static final int CONNECT_TIMEOUT_SECONDS = 10;
	private static final int LOGIN_TIMEOUT_SECONDS = 20;
	private static final int LOGIN_READ_TIMEOUT_SECONDS = 10;
	static final int STATEMENT_TIMEOUT_SECONDS = 120;
	private static final int READ_TIMEOUT_SECONDS = STATEMENT_TIMEOUT_SECONDS + 30;

	private ReviewStores() {
	}

	/** Opens the store at an accepted URL as the principal; any other URL is refused unopened. */
	public static ReviewStore open(String url, Principal principal) {
		Objects.requireNonNull(principal, "principal");
		StoreUrls.check(url);
		Database database = url.startsWith(StoreUrls.H2_PREFIX) ? openH2(url) : openPostgres(url);
		return new JdbcReviewStore(database, principal);
	}

	private static Database openH2(String url) {
		Path file = Path.of(StoreUrls.h2Path(url));
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Connection connection = new org.h2.Driver().connect(url + H2_OPTIONS, new Properties());
			return start(connection, file + ".mv.db");
		} catch (SQLException e) {
			if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
				throw new StoreException(NLS.bind(Messages.storeInUse, file + ".mv.db"), DatabaseErrors.withoutValues(e));
			}
			throw new StoreException(NLS.bind(Messages.cannotOpen, file + ".mv.db", DatabaseErrors.reason(e)),
					DatabaseErrors.withoutValues(e));
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.cannotOpen, file, e.getMessage()), e);
		}
	}

	private static Database openPostgres(String url) {
		// the location people see: no parameters (they may hold a password)
		String location = StoreUrls.location(url);
		Set<String> given = new HashSet<>();
		StoreUrls.pgParameters(url).forEach(p -> given.add(p[0]));
		long started = System.nanoTime();
		try {
			Properties properties = new Properties();
			// one multi-row INSERT per batch: the import's speed depends on it
			properties.setProperty("reWriteBatchedInserts", "true");
			properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
			properties.setProperty("loginTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
			properties.setProperty("socketTimeout", String.valueOf(LOGIN_READ_TIMEOUT_SECONDS));
			properties.setProperty("options", "-c statement_timeout=" + STATEMENT_TIMEOUT_SECONDS + "s");
			Connection connection = new org.postgresql.Driver().connect(url, properties);
			if (connection == null) {
				throw new StoreUrlException(NLS.bind(Messages.urlNotAccepted, location,
						String.join(", ", StoreUrls.PG_PARAMETERS)));
			}
			if (!given.contains("socketTimeout")) {
				try {
					connection.setNetworkTimeout(Runnable::run, READ_TIMEOUT_SECONDS * 1000);
				} catch (SQLException e) {
					connection.close();
					throw e;
				}
			}
			return start(connection, location);
		} catch (SQLException e) {
			long waited = (System.nanoTime() - started) / 1_000_000_000L;
			throw new StoreException(NLS.bind(Messages.cannotOpen, location, DatabaseErrors.reason(e, waited)),
					DatabaseErrors.withoutValues(e));
		}
	}

	private static Database start(Connection connection, String location) throws SQLException {
		try {
			connection.setAutoCommit(false);
			Schema.migrate(connection);
			return new Database(connection, location);
		} catch (SQLException e) {
			connection.close();
			throw e;
		}
	}
}
