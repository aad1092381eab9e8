package dk.tilsyn.store.internal;

import java.net.SocketTimeoutException;
import java.sql.SQLException;

import org.eclipse.osgi.util.NLS;

/**
 * What a database error means for people, without the driver's text: the drivers put the
 * statement's values into their messages (a failed batch of PostgreSQL's driver lists every
 * row of the batch; H2 quotes the refused value), and those are case data. The SQLState says
 * what kind of error it was, and PostgreSQL adds the table, column and constraint by name.
 */
final class DatabaseErrors {
	private DatabaseErrors() {
	}

	/** Why it failed and what to do, in the user's language; never a value of a row. */
	static String reason(SQLException e) {
		return reason(e, -1);
	}

	/**
	 * As {@link #reason(SQLException)}, for the opening of a store that took waitedSeconds (or
	 * -1): a connection that failed after a while is a server that did not answer.
	 */
	static String reason(SQLException e, long waitedSeconds) {
		String state = state(e);
		if (state.startsWith("08") || state.startsWith("57P")) {
			if (timedOut(e)) {
				return NLS.bind(Messages.reasonNoAnswer, Math.max(waitedSeconds, 1), state);
			}
			if (waitedSeconds >= 5) {
				return NLS.bind(Messages.reasonNoAnswer, waitedSeconds, state);
			}
			return NLS.bind(Messages.reasonConnection, state);
		}
		if (state.equals("57014")) {
			return NLS.bind(Messages.reasonCanceled, ReviewStores.STATEMENT_TIMEOUT_SECONDS, state);
		}
		if (state.equals("22001")) {
			return NLS.bind(Messages.reasonTooLong, state) + where(e);
		}
		if (state.startsWith("22")) {
			return NLS.bind(Messages.reasonData, state) + where(e);
		}
		if (state.startsWith("23")) {
			return NLS.bind(Messages.reasonConstraint, state, where(e));
		}
		if (state.startsWith("40") || state.equals("55P03") || state.equals("HYT00")
				|| e.getErrorCode() == org.h2.api.ErrorCode.LOCK_TIMEOUT_1
				|| e.getErrorCode() == org.h2.api.ErrorCode.CONCURRENT_UPDATE_1) {
			return NLS.bind(Messages.reasonConcurrent, state);
		}
		if (state.startsWith("53")) {
			return NLS.bind(Messages.reasonResources, state);
		}
		if (state.startsWith("28")) {
			return NLS.bind(Messages.reasonLogin, state);
		}
		if (state.equals("3D000") || state.equals("3F000")) {
			return NLS.bind(Messages.reasonNoDatabase, state);
		}
		if (state.equals("42501")) {
			return NLS.bind(Messages.reasonPermission, state);
		}
		int code = e.getErrorCode();
		if (code == org.h2.api.ErrorCode.IO_EXCEPTION_1 || code == org.h2.api.ErrorCode.IO_EXCEPTION_2
				|| code == org.h2.api.ErrorCode.FILE_CREATION_FAILED_1 || code == org.h2.api.ErrorCode.DATABASE_IS_READ_ONLY) {
			return NLS.bind(Messages.reasonFile, state);
		}
		if (code == org.h2.api.ErrorCode.FILE_CORRUPTED_1 || code == org.h2.api.ErrorCode.FILE_VERSION_ERROR_1
				|| code == org.h2.api.ErrorCode.WRONG_PASSWORD_FORMAT) {
			return NLS.bind(Messages.reasonDamaged, state);
		}
		return NLS.bind(Messages.reasonOther, state);
	}

	/** The SQLState, or that of the first of a batch's errors that has one; "?" if none. */
	static String state(SQLException e) {
		for (SQLException s = e; s != null; s = s.getNextException()) {
			if (s.getSQLState() != null) {
				return s.getSQLState();
			}
		}
		return "?";
	}

	private static boolean timedOut(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	/** The table and column PostgreSQL names (names of the schema, not values). */
	private static String where(SQLException e) {
		for (SQLException s = e; s != null; s = s.getNextException()) {
			if (s instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
				String table = p.getServerErrorMessage().getTable();
				String column = p.getServerErrorMessage().getColumn();
				return (table == null ? "" : NLS.bind(Messages.reasonTable, table))
						+ (column == null ? "" : NLS.bind(Messages.reasonColumn, column));
			}
		}
		return "";
	}

	/**
	 * The cause to keep for a store error: the kind of error and where in the code it happened,
	 * without the driver's message (a log of the stack trace would show the rows otherwise).
	 */
	static Exception withoutValues(SQLException e) {
		Exception kept = new DatabaseError(e);
		kept.setStackTrace(e.getStackTrace());
		return kept;
	}

	/** A driver's exception with its message left out. */
	static final class DatabaseError extends Exception {
		private static final long serialVersionUID = 1L;

		DatabaseError(SQLException e) {
			super(e.getClass().getName() + ", SQLState " + e.getSQLState() + ", code " + e.getErrorCode()
					+ " (the driver's message is left out: it can hold the rows' values)");
		}
	}
}
