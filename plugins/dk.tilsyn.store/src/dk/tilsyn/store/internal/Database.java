package dk.tilsyn.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.store.StoreException;

/**
 * The store's one connection and its transactions: used by one thread at a time, each piece of
 * work committed when it returns and rolled back when it throws. A database error leaves here
 * as a {@link StoreException} that never carries the driver's message (it holds the rows' values).
 */
final class Database implements AutoCloseable {
	/** Rows per executed batch of inserts and updates. */
	static final int BATCH = 5000;

	private final Connection connection;
	private final String location;

	Database(Connection connection, String location) {
		this.connection = connection;
		this.location = location;
	}

	/** Where the data is, for people (no password). */
	String location() {
		return location;
	}

	/** Work done in a transaction. */
	@FunctionalInterface
	interface Work<T> {
		T run() throws SQLException;
	}

	/** Work done in a transaction that answers nothing. */
	@FunctionalInterface
	interface Step {
		void run() throws SQLException;
	}

	/** As {@link #transaction(String, Work)}, for work that answers nothing. */
	void run(String failure, Step step) {
		transaction(failure, () -> {
			step.run();
			return null;
		});
	}

	/** Runs work as one transaction: committed when it returns, rolled back when it throws. */
	<T> T transaction(String failure, Work<T> work) {
		return transaction(failure, work, e -> null);
	}

	/**
	 * As {@link #transaction(String, Work)}; a database error is told by explain (which row
	 * and column, found in what was to be stored) or else by its kind, never by the driver's
	 * message.
	 */
	synchronized <T> T transaction(String failure, Work<T> work, Function<SQLException, String> explain) {
		try {
			T result = work.run();
			connection.commit();
			return result;
		} catch (SQLException e) {
			rollback();
			String reason = explain.apply(e);
			throw new StoreException(NLS.bind(failure, location, reason != null ? reason : DatabaseErrors.reason(e)),
					DatabaseErrors.withoutValues(e));
		} catch (RuntimeException e) {
			rollback();
			throw e;
		}
	}

	void commit() throws SQLException {
		connection.commit();
	}

	void rollback() {
		try {
			connection.rollback();
		} catch (SQLException e) {
			// the connection is broken; the original failure is what the user must see
		}
	}

	/** A statement with its parameters set, in order. */
	PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		try {
			set(statement, parameters);
		} catch (SQLException e) {
			statement.close();
			throw e;
		}
		return statement;
	}

	/** An INSERT that hands back the id the database gives the new row. */
	PreparedStatement prepareReturningId(String sql) throws SQLException {
		return connection.prepareStatement(sql, new String[] { "id" });
	}

	static void set(PreparedStatement statement, Object... parameters) throws SQLException {
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
	}

	/** The number a {@code SELECT COUNT(*)} answers. */
	long count(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
			return rows.next() ? rows.getLong(1) : 0;
		}
	}

	/** The counts of a {@code SELECT key, COUNT(*) … GROUP BY key}, by key. */
	Map<String, Long> grouped(String sql, Object... parameters) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				counts.put(rows.getString(1), rows.getLong(2));
			}
		}
		return counts;
	}

	@Override
	public synchronized void close() {
		try {
			connection.close();
		} catch (SQLException e) {
			throw new StoreException(NLS.bind(Messages.cannotSave, location, DatabaseErrors.reason(e)),
					DatabaseErrors.withoutValues(e));
		}
	}
}
